import type Redis from 'ioredis';
import type { Client } from 'pg';
import { join } from 'node:path';
import { ProductProcess, WORKER_ENTRY } from '../test/faults/cluster';
import { AppProcess } from './app-process';
import { tailInCollections, type FullCollection } from './gc-trace';
import { slowStages } from './stages';
import { BenchHttp } from './http-client';
import { bulkLoadHistory } from './list-data';
import { closedLoop, openLoop, sleep } from './load';
import type { Meter, Usage } from './meter';
import type { BenchOptions } from './options';
import type { CommandSpec, CpuHotspot, ProfileReport, Sample } from './protocol';
import { percentile, round, summarize, type LoadSummary } from './stats';

export const ADMIN = { email: 'bench@gremium.test', password: 'Bench-Passwort-2026!' };
export const LOG_DIR = join(__dirname, 'logs');
const benchStarted = Date.now();

export const log = (message: string) =>
  process.stderr.write(`[bench ${((Date.now() - benchStarted) / 1000).toFixed(1)}s] ${message}\n`);

export interface Context {
  options: BenchOptions;
  url: string;
  sql: Client;
  redis: Redis;
  meter: Meter;
}

let appCount = 0;

/** The environment of the app (and of a worker process beside it), configured like production. */
function appEnv(ctx: Context, extra: Record<string, string>): Record<string, string> {
  const { options } = ctx;
  return {
    NODE_ENV: 'production',
    DATABASE_URL: ctx.url,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: options.prefix,
    PORT: '0',
    WORKER: 'embedded',
    WORKER_CONCURRENCY: String(options.concurrency),
    TIMER_SWEEP_INTERVAL: 'PT1M',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    DASHBOARD_DIR: 'dist/apps/dashboard',
    ...extra,
  };
}

/** The API with the embedded worker as a child process. */
export async function startApp(ctx: Context, extra: Record<string, string> = {}): Promise<AppProcess> {
  const app = await AppProcess.start({
    env: appEnv(ctx, extra),
    logFile: join(LOG_DIR, `app-${++appCount}.log`),
  });
  log(`app ${appCount} up (pid ${app.pid}) in ${app.readyAt - app.startedAt} ms`);
  return app;
}

export interface SplitResult {
  intake: LoadResult;
  http: LoadResult;
}

/**
 * The intake and HTTP loads again with the worker as its own process, as `docker compose up` deploys it:
 * the app with WORKER=off and the product's worker (`dist/apps/worker/main.js`, as `npm run start:worker`
 * runs it) beside it. What a second process (and so the second core) buys; the app CPU column counts both
 * processes.
 */
export async function splitLoad(ctx: Context): Promise<SplitResult> {
  const app = await startApp(ctx, { WORKER: 'off' });
  const worker = ProductProcess.spawn('worker', WORKER_ENTRY, appEnv(ctx, {}), join(LOG_DIR, 'worker.log'));
  app.companions.push(worker.pid);
  try {
    const http = await BenchHttp.login(app.baseUrl, ADMIN.email, ADMIN.password);
    const warm = await startFounding(app, 100, 'split warm-up');
    // Returns once these are applied, so the worker is up.
    await app.request({ op: 'intake-closed', commands: steering(warm), concurrency: 16 });
    return {
      intake: await commandLoad(ctx, app, 'intake', http),
      http: await commandLoad(ctx, app, 'http', http),
    };
  } finally {
    await worker.stop();
    await app.stop();
  }
}

export async function startFounding(app: AppProcess, count: number, tag: string): Promise<string[]> {
  const started = performance.now();
  const ids = await app.request({
    op: 'start-processes',
    definition: 'working-group-founding',
    inputs: Array.from({ length: count }, (_, i) => ({
      name: `AG ${tag} ${i}`,
      topic: 'Lastmessung',
      rationale: 'Benchmark des Befehlswegs',
    })),
    concurrency: 16,
  });
  log(`started ${count} founding processes (${round((count * 1000) / (performance.now() - started))}/s)`);
  // As pgbench does after filling its tables: the planner sees the tables as they are, not as they were
  // when the app's connections first planned their prepared statements (empty), before autovacuum would.
  await app.request({ op: 'analyze' });
  return ids;
}

export const steering = (ids: readonly string[]): CommandSpec[] =>
  ids.map((processId) => ({ processId, type: 'STEERING_DECISION', payload: { decision: 'granted' } }));

export async function withUsage<T>(
  ctx: Context,
  app: AppProcess,
  run: () => Promise<T>,
): Promise<[T, Usage]> {
  const before = await ctx.meter.read(app.pids);
  const result = await run();
  return [result, await ctx.meter.since(before, app.pids)];
}

async function waitUntil(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return Date.now();
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

async function countReminded(sql: Client, ids: readonly string[]): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(
    `select count(*) as n from process_instance where id = any($1::uuid[]) and state = '"reminded"'`,
    [ids],
  );
  return Number(rows[0].n);
}

export interface LoadResult {
  saturated: LoadSummary;
  saturatedUsage: Usage;
  rate: number;
  atHalf: LoadSummary;
  atHalfUsage: Usage;
}

/** Closed loop to saturation, then an open loop at half the saturated rate for the latency figures. */
export async function commandLoad(
  ctx: Context,
  app: AppProcess,
  via: 'intake' | 'http',
  http: BenchHttp,
): Promise<LoadResult> {
  const { options } = ctx;
  const count = via === 'intake' ? options.engineCommands : options.httpCommands;
  const label = via === 'intake' ? 'CommandIntake.submit (in-process)' : 'POST /api/processes/:id/commands';
  let ids = await startFounding(app, count, via);
  log(`${via} saturation: ${count} commands through ${label}, ${options.loadConcurrency} in flight`);
  const [saturatedSamples, saturatedUsage] = await withUsage(ctx, app, () =>
    via === 'intake'
      ? app.request({ op: 'intake-closed', commands: steering(ids), concurrency: options.loadConcurrency })
      : closedLoop(steering(ids), options.loadConcurrency, (spec) => http.command(spec)),
  );
  const saturated = summarize(saturatedSamples);
  const rate = round(saturated.perSec * 0.5, 1);
  ids = await startFounding(app, Math.max(10, Math.round(rate * options.latencySeconds)), `${via}-lat`);
  log(`${via} latency at ${rate}/s (50% of saturation) for ${options.latencySeconds} s`);
  const [halfSamples, atHalfUsage] = await withUsage(ctx, app, () =>
    via === 'intake'
      ? app.request({ op: 'intake-open', commands: steering(ids), ratePerSec: rate })
      : openLoop(steering(ids), rate, (spec) => http.command(spec)),
  );
  const collections = app.fullCollections();
  if (collections) logTailInCollections(`${via} at ${rate}/s`, halfSamples, collections);
  if (halfSamples.some((sample) => sample.stages)) logSlowStages(`${via} at ${rate}/s`, halfSamples);
  return { saturated, saturatedUsage, rate, atHalf: summarize(halfSamples), atHalfUsage };
}

/** The latency goal at half load (issue 16): how many commands missed it while a full collection ran. */
const TAIL_GOAL_MS = 25;

function logTailInCollections(
  phase: string,
  samples: readonly Sample[],
  collections: readonly FullCollection[],
): void {
  const tail = tailInCollections(samples, collections, TAIL_GOAL_MS);
  log(
    `${phase}: ${tail.slow} of ${samples.length} commands over ${TAIL_GOAL_MS} ms, ` +
      `${tail.slowDuringCollections} of them in flight while one of the app's ${tail.collections} full ` +
      `garbage collections marked or paused it`,
  );
}

function logSlowStages(phase: string, samples: readonly Sample[]): void {
  const { slow, traced, stages } = slowStages(samples, TAIL_GOAL_MS);
  if (traced === 0) {
    log(`${phase}: no traced command over ${TAIL_GOAL_MS} ms (${slow} untraced)`);
    return;
  }
  const parts = stages.map(
    (s) => `${s.stage} ${Math.round(s.share * 100)}% (p50 ${s.p50Ms}, p90 ${s.p90Ms} ms)`,
  );
  log(
    `${phase}: the time of ${traced} of the ${slow} commands over ${TAIL_GOAL_MS} ms went to ${parts.join(', ')}`,
  );
}

export interface TimerResult {
  count: number;
  spanMs: number;
  leadMs: number;
  appliedP50: number;
  appliedP99: number;
  firedP50: number;
  firedP99: number;
  createdLate: number;
}

/** N timers due uniformly within the span; lateness = intended due time → transition committed. */
export async function timerLateness(ctx: Context, app: AppProcess, startRate: number): Promise<TimerResult> {
  const { timers, timerSpanMs } = ctx.options;
  // All timers are created before the first falls due, so creating them does not compete with firing.
  const leadMs = Math.max(5_000, (1.3 * timers * 1000) / startRate);
  const base = Date.now() + leadMs;
  const inputs = Array.from({ length: timers }, (_, i) => ({
    dueAt: new Date(base + Math.floor((timerSpanMs * i) / timers)).toISOString(),
  }));
  log(`timers: ${timers} reminders due from +${round(leadMs / 1000, 1)} s within ${timerSpanMs / 1000} s`);
  const ids = await app.request({
    op: 'start-processes',
    definition: 'test-reminder',
    inputs,
    concurrency: 16,
  });
  await waitUntil('every reminder timer to fire', leadMs + timerSpanMs + 300_000, async () => {
    return (await countReminded(ctx.sql, ids)) === ids.length;
  });
  const { rows } = await ctx.sql.query<{ applied: number; fired: number; created: number }>(
    `select extract(epoch from a.at) * 1000 - (p.context->>'dueAt')::float8 as applied,
            extract(epoch from t.fired_at) * 1000 - (p.context->>'dueAt')::float8 as fired,
            extract(epoch from t.created_at) * 1000 - (p.context->>'dueAt')::float8 as created
       from process_instance p
       join timer t on t.process_id = p.id
       join audit_event a on a.process_id = p.id and a.seq = 1
      where p.id = any($1::uuid[])`,
    [ids],
  );
  const applied = rows.map((r) => Number(r.applied));
  const fired = rows.map((r) => Number(r.fired));
  return {
    count: rows.length,
    spanMs: timerSpanMs,
    leadMs,
    appliedP50: percentile(applied, 50),
    appliedP99: percentile(applied, 99),
    firedP50: percentile(fired, 50),
    firedP99: percentile(fired, 99),
    createdLate: rows.filter((r) => Number(r.created) > 0).length,
  };
}

export interface CatchUpResult {
  count: number;
  ms: number;
  bootMs: number;
  sweep: string;
}

/**
 * Timers that fell due while no worker ran: reminders due in two hours are created, the app stops, their
 * rows are moved into the past (as the clock two hours later would find them), and a fresh app starts.
 * Returns the running app.
 */
export async function catchUp(ctx: Context, app: AppProcess): Promise<[CatchUpResult, AppProcess]> {
  const { options } = ctx;
  log(`catch-up: ${options.catchUpTimers} reminders due in 2 h, then the worker goes down`);
  const ids = await app.request({
    op: 'start-processes',
    definition: 'test-reminder',
    inputs: Array.from({ length: options.catchUpTimers }, () => ({
      dueAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    })),
    concurrency: 16,
  });
  await app.stop();
  await ctx.sql.query(
    `update timer set due_at = now() - random() * interval '10 minutes'
      where status = 'pending' and process_id = any($1::uuid[])`,
    [ids],
  );
  const next = await startApp(ctx, { TIMER_SWEEP_INTERVAL: options.catchUpSweep });
  const done = await waitUntil('the catch-up', 1_800_000, async () => {
    return (await countReminded(ctx.sql, ids)) === ids.length;
  });
  const result = {
    count: ids.length,
    ms: done - next.startedAt,
    bootMs: next.readyAt - next.startedAt,
    sweep: options.catchUpSweep,
  };
  log(`catch-up of ${result.count} timers took ${result.ms} ms (boot ${result.bootMs} ms)`);
  return [result, next];
}

export interface ListResult {
  resource: string;
  /** Page 1, a deep page by offset, the same deep page after the cursor of the page before it. */
  kind: 'page1' | 'offset' | 'cursor';
  name: string;
  total: string;
  p50: number;
  p95: number;
}

async function timeList(
  http: BenchHttp,
  row: Pick<ListResult, 'resource' | 'kind' | 'name'>,
  path: string,
  samples: number,
): Promise<ListResult> {
  for (let i = 0; i < 3; i++) await http.timeGet(path);
  const durations: number[] = [];
  let range: string | null = null;
  for (let i = 0; i < samples; i++) {
    const result = await http.timeGet(path);
    if (result.status !== 200) throw new Error(`GET ${path} answered ${result.status}`);
    durations.push(result.ms);
    range = result.range;
  }
  return {
    ...row,
    total: range?.split('/')[1] ?? '?',
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
  };
}

async function totalOf(http: BenchHttp, resource: string): Promise<number> {
  const result = await http.timeGet(`/${resource}?range=[0,0]`);
  return Number(result.range?.split('/')[1] ?? 0);
}

/**
 * Page 1 and a page at 90% depth (with the total) of the processes and audit-event lists: by offset, and
 * after the cursor the page before it gave (as the dashboard pages on).
 */
export async function listLatency(ctx: Context, app: AppProcess): Promise<ListResult[]> {
  const { options } = ctx;
  const events = options.listProcesses * options.listEventsPerProcess;
  log(`list: bulk-loading ${options.listProcesses} processes and ${events} audit events with SQL`);
  const started = Date.now();
  await bulkLoadHistory(ctx.sql, options.listProcesses, options.listEventsPerProcess);
  log(`bulk load took ${Date.now() - started} ms`);
  const http = await BenchHttp.login(app.baseUrl, ADMIN.email, ADMIN.password);
  const results: ListResult[] = [];
  for (const resource of ['processes', 'audit-events']) {
    const deep = Math.floor((await totalOf(http, resource)) * 0.9);
    const before = await http.timeGet(`/${resource}?range=[${deep - 25},${deep - 1}]`);
    if (!before.nextCursor) throw new Error(`GET /api/${resource} gave no X-Next-Cursor`);
    results.push(
      await timeList(
        http,
        { resource, kind: 'page1', name: `GET /api/${resource} page 1` },
        `/${resource}?range=[0,24]`,
        options.listSamples,
      ),
      await timeList(
        http,
        { resource, kind: 'offset', name: `GET /api/${resource} offset ${deep}` },
        `/${resource}?range=[${deep},${deep + 24}]`,
        options.listSamples,
      ),
      await timeList(
        http,
        { resource, kind: 'cursor', name: `GET /api/${resource} row ${deep}, after a cursor` },
        `/${resource}?range=[${deep},${deep + 24}]&after=${before.nextCursor}`,
        options.listSamples,
      ),
    );
  }
  return results;
}

export interface ProfileResult {
  commands: number;
  intake: ProfileReport;
  intakeUsage: Usage;
  http: ProfileReport;
  httpUsage: Usage;
  hotspots: CpuHotspot[];
  httpHotspots: CpuHotspot[];
}

/** An instrumented app: phases timed, SQL round trips counted, CPU profiled during the intake and HTTP runs. */
export async function profile(ctx: Context, app: AppProcess): Promise<ProfileResult> {
  const { options } = ctx;
  const commands = options.profileCommands;
  const ids = await startFounding(app, commands * 2, 'profile');
  const http = await BenchHttp.login(app.baseUrl, ADMIN.email, ADMIN.password);
  log(`profile: ${commands} commands each through the intake and HTTP, instrumented`);
  await app.request({ op: 'profile-reset' });
  await app.request({ op: 'cpu-profile-start' });
  const [, intakeUsage] = await withUsage(ctx, app, () =>
    app.request({
      op: 'intake-closed',
      commands: steering(ids.slice(0, commands)),
      concurrency: options.loadConcurrency,
    }),
  );
  const hotspots = await app.request({ op: 'cpu-profile-stop', name: 'intake' });
  const intake = await app.request({ op: 'profile-report' });
  await app.request({ op: 'profile-reset' });
  await app.request({ op: 'cpu-profile-start' });
  const [, httpUsage] = await withUsage(ctx, app, () =>
    closedLoop(steering(ids.slice(commands)), options.loadConcurrency, (spec) => http.command(spec)),
  );
  const httpHotspots = await app.request({ op: 'cpu-profile-stop', name: 'http' });
  const httpReport = await app.request({ op: 'profile-report' });
  return { commands, intake, intakeUsage, http: httpReport, httpUsage, hotspots, httpHotspots };
}
