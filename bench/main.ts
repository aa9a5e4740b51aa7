/**
 * `npm run bench [-- --quick] [-- --keep-db] [-- --only=engine,http]`: the engine against raw baselines on
 * this machine's PostgreSQL and Redis, on a dedicated database and Redis key prefix. Prints tables; the
 * last line is one JSON object with the headline figures.
 */
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { AppProcess } from './app-process';
import {
  bullmqBaseline,
  engineShapedBaseline,
  pgBaseline,
  pgbenchBaseline,
  preparePgBaseline,
} from './baselines';
import { dropDatabase, recreateDatabase } from './bench-db';
import { BenchHttp } from './http-client';
import { sleep } from './load';
import { Meter } from './meter';
import { parseOptions } from './options';
import {
  ADMIN,
  catchUp,
  commandLoad,
  listLatency,
  LOG_DIR,
  log,
  profile,
  splitLoad,
  startApp,
  startFounding,
  steering,
  timerLateness,
  type Context,
} from './phases';
import { render, summaryJson, type Results } from './report';
import { round } from './stats';

async function cleanRedis(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

async function main(): Promise<void> {
  const started = Date.now();
  const options = parseOptions(process.argv.slice(2), process.env);
  const has = (phase: Parameters<typeof options.phases.has>[0]) => options.phases.has(phase);
  mkdirSync(LOG_DIR, { recursive: true });
  const results: Results = { loadAverage: loadavg() };
  log(
    `${options.quick ? 'QUICK' : 'FULL'} run on ${cpus().length} cores, ${round(totalmem() / 2 ** 30)} GiB, ` +
      `load average ${results.loadAverage.map((v) => round(v, 2)).join(' ')}; database ${options.database}, ` +
      `Redis ${options.redisUrl} prefix ${options.prefix}; app logs in ${LOG_DIR}`,
  );
  const url = await recreateDatabase(options.pgAdminUrl, options.database);
  const sql = new Client({ connectionString: url });
  await sql.connect();
  const redis = new Redis(options.redisUrl);
  await cleanRedis(redis, options.prefix);
  const ctx: Context = { options, url, sql, redis, meter: new Meter(sql, redis, options.database) };
  let app: AppProcess | null = null;
  try {
    if (has('baselines')) {
      log(`BullMQ baseline: ${options.bullJobs} no-op jobs at concurrency ${options.concurrency}`);
      results.bull = await bullmqBaseline(
        options.redisUrl,
        `${options.prefix}-raw`,
        options.bullJobs,
        options.concurrency,
      );
      log(
        `PostgreSQL baselines: ${options.concurrency} clients, ${options.baselineMs / 1000} s each (pg, pgbench, engine-shaped)`,
      );
      await preparePgBaseline(url);
      results.pg = await pgBaseline(url, options.concurrency, options.baselineMs);
      results.pgbench = pgbenchBaseline(url, options.concurrency, options.baselineMs / 1000);
      results.engineShaped = await engineShapedBaseline(url, options.concurrency, options.baselineMs);
    }

    const needsApp = ['engine', 'http', 'timers', 'catchup', 'list'].some((p) => has(p as never));
    if (needsApp) {
      app = await startApp(ctx);
      await sleep(3_000);
      results.rssIdle = app.rss();
      await heapSnapshot(app, 'idle');
      const stopRss = app.watchRss();
      const http = await BenchHttp.login(app.baseUrl, ADMIN.email, ADMIN.password);
      const warm = await startFounding(app, 100, 'warm-up');
      await app.request({ op: 'intake-closed', commands: steering(warm), concurrency: 16 });
      const clock = performance.now();
      const probe = await startFounding(app, 300, 'rate');
      const startRate = (probe.length * 1000) / (performance.now() - clock);
      if (has('engine')) results.engine = await commandLoad(ctx, app, 'intake', http);
      if (has('http')) results.http = await commandLoad(ctx, app, 'http', http);
      results.rssLoad = stopRss();
      results.heapAfterLoad = await app.request({ op: 'memory' });
      await heapSnapshot(app, 'after-commands');
      if (has('timers')) {
        // Every timer of this phase is created less than one sweep interval before it is due, so each gets
        // its delayed BullMQ job (the sweeper path is what the catch-up phase measures).
        await app.stop();
        app = await startApp(ctx, { TIMER_SWEEP_INTERVAL: options.timerPhaseSweep });
        const stopTimerRss = app.watchRss();
        results.timers = await timerLateness(ctx, app, startRate);
        results.rssLoad = Math.max(results.rssLoad, stopTimerRss());
      }
      if (has('catchup')) [results.catchUp, app] = await catchUp(ctx, app);
      if (has('list')) results.lists = await listLatency(ctx, app);
      await app.stop();
      app = null;
    }
    if (has('split')) results.split = await splitLoad(ctx);
    if (has('profile')) {
      app = await startApp(ctx, { BENCH_PROFILE: '1' });
      results.profile = await profile(ctx, app);
      await app.stop();
      app = null;
    }
    results.seconds = (Date.now() - started) / 1000;
    process.stdout.write(`\n${render(options, results)}\n`);
    process.stdout.write(`${summaryJson(options, results)}\n`);
  } finally {
    if (app) await app.stop().catch(() => undefined);
    await cleanRedis(redis, options.prefix).catch(() => undefined);
    redis.disconnect();
    await sql.end();
    if (!options.keepDb) await dropDatabase(options.pgAdminUrl, options.database);
  }
}

/** With BENCH_HEAP_SNAPSHOTS=<dir>, the app writes a V8 heap snapshot there (it stops the app meanwhile). */
async function heapSnapshot(app: AppProcess, name: string): Promise<void> {
  const dir = process.env.BENCH_HEAP_SNAPSHOTS;
  if (!dir) return;
  const file = join(dir, `${name}-${app.pid}.heapsnapshot`);
  await app.request({ op: 'heap-snapshot', file });
  log(`heap snapshot: ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
