/**
 * `npm run test:faults`: the built product (dist/apps/api with WORKER=off, two dist/apps/worker processes
 * and a second dist/apps/api with its embedded worker) under load while workers, the second API among them,
 * are killed with SIGKILL, Redis is emptied and PostgreSQL restarts; then a checker proves the engine's
 * promises. Seeded: FAULT_SEED reproduces the schedule and the load.
 * Uses its own database (gremium_faults) and its own Redis database index (15, FLUSHDB only there).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { dropDatabase, recreateDatabase } from '../../bench/bench-db';
import { checkInvariants, type Check } from './checker';
import {
  API_ENTRY,
  ensurePostgresRunning,
  flushRedis,
  freePort,
  PG_PORT,
  postgresReady,
  ProductProcess,
  restartPostgres,
  WORKER_ENTRY,
} from './cluster';
import { appointSeats, FaultClient, foundingActor, type Nominee } from './load';
import { Rng } from './rng';
import { SmtpGate } from './smtp-gate';

const SEED = Number(process.env.FAULT_SEED ?? 6_2026);
const LOAD_MS = Number(process.env.FAULT_LOAD_SECONDS ?? 75) * 1000;
/** How long the API may take to answer /health after its start (a busy machine boots slowly). */
const BOOT_MS = Number(process.env.FAULT_BOOT_SECONDS ?? 60) * 1000;
/** Two worker processes, and an API with its embedded worker, which half of the actors send to. */
const WORKERS = 3;
const EMBEDDED_SLOT = 2;
const ACTORS = 6;
const APPOINTMENTS = 24;
const DAY_MS = 86_400_000;
const DATABASE = 'gremium_faults';
const PG_ADMIN = process.env.FAULT_PG_URL ?? `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
const REDIS_URL = process.env.FAULT_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
const ADMIN = { email: 'ks@faults.test', password: 'Fehlerinjektion-2026!' };
const LOG_DIR = join(__dirname, 'logs');
const started = Date.now();

const log = (message: string) =>
  process.stderr.write(`[faults ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Events {
  kills: number;
  redisFlushes: number;
  pgRestarts: number;
  pgDowntimeMs: number;
  unmailedAtFlush: number;
}

/** Waits until the process answers its health check; if it exits first, or never answers, says why from its log. */
async function waitForHealth(product: ProductProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + BOOT_MS;
  while (Date.now() < deadline) {
    if (!product.alive)
      throw new Error(`${product.name} exited while starting; its log ends:\n${product.logTail()}`);
    if (
      await fetch(`${baseUrl}/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(
    `timed out after ${BOOT_MS} ms waiting for ${product.name}; its log ends:\n${product.logTail()}`,
  );
}

/**
 * Waits until no command is queued, no timer is due, no e-mail is unsent and the outbox is empty; gives up
 * after two minutes, or after 30 s without any progress. Returns what was left, or null.
 */
async function settle(db: Client): Promise<string | null> {
  const deadline = Date.now() + 120_000;
  let last = '';
  let progressAt = Date.now();
  while (Date.now() < deadline) {
    const { rows } = await db.query<Record<string, number>>(`
      select
        (select count(*)::int from command where status = 'queued') as queued,
        (select count(*)::int from timer where status = 'pending' and due_at <= now()
           + coalesce((select offset_ms from clock_setting where id = 1), 0) * interval '1 millisecond') as due,
        (select count(*)::int from notification where email is not null and mailed_at is null) as unsent,
        (select count(*)::int from outbox_message where published_at is null) as outbox`);
    const now = JSON.stringify(rows[0]);
    if (Object.values(rows[0]).every((n) => n === 0)) return null;
    if (now !== last) progressAt = Date.now();
    last = now;
    if (Date.now() - progressAt > 30_000) return `${now} (no progress for 30 s)`;
    await sleep(500);
  }
  return last;
}

async function main(): Promise<number> {
  mkdirSync(LOG_DIR, { recursive: true });
  const rng = new Rng(SEED);
  log(
    `seed ${SEED} (FAULT_SEED=${SEED} reproduces the schedule); load ${LOAD_MS / 1000} s; logs in ${LOG_DIR}`,
  );
  const url = await recreateDatabase(PG_ADMIN, DATABASE);
  await flushRedis(REDIS_URL);
  const smtp = await SmtpGate.start();
  const port = await freePort();
  const embeddedPort = await freePort();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    REDIS_URL,
    QUEUE_PREFIX: 'gremium-faults',
    PORT: String(port),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SMTP_URL: smtp.urlFor('api'),
    TIMER_SWEEP_INTERVAL: 'PT1S',
    DASHBOARD_DIR: 'dist/apps/dashboard',
  };
  const api = ProductProcess.spawn('api', API_ENTRY, { ...env, WORKER: 'off' }, join(LOG_DIR, 'api.log'));
  let generation = 0;
  const everyWorker: ProductProcess[] = [];
  const spawnWorker = (slot: number) => {
    const embedded = slot === EMBEDDED_SLOT;
    const name = `${embedded ? 'api-embedded' : 'worker'}-${slot}-${generation++}`;
    const worker = ProductProcess.spawn(
      name,
      embedded ? API_ENTRY : WORKER_ENTRY,
      {
        ...env,
        SMTP_URL: smtp.urlFor(name),
        ...(embedded ? { WORKER: 'embedded', PORT: String(embeddedPort) } : {}),
      },
      join(LOG_DIR, `${name}.log`),
    );
    everyWorker.push(worker);
    return worker;
  };
  const workers = Array.from({ length: WORKERS }, (_, slot) => spawnWorker(slot));
  const baseUrl = `http://127.0.0.1:${port}/api`;
  const embeddedUrl = `http://127.0.0.1:${embeddedPort}/api`;
  const events: Events = { kills: 0, redisFlushes: 0, pgRestarts: 0, pgDowntimeMs: 0, unmailedAtFlush: 0 };
  const sql = () => new Client({ connectionString: url });
  const abort = () => {
    for (const worker of workers) void worker.kill9();
    void api.kill9();
    ensurePostgresRunning();
    process.exit(130);
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);

  try {
    await waitForHealth(api, baseUrl);
    await waitForHealth(workers[EMBEDDED_SLOT], embeddedUrl);
    const admin = await FaultClient.login(baseUrl, ADMIN.email, ADMIN.password);

    // Nominees for the appointed seats (the organization's kind must match the seat).
    const nominees: Nominee[] = [];
    for (const seat of ['police', 'provider', 'science'] as const) {
      for (let i = 0; i < 2; i++) {
        const organization = await admin.call('POST', '/organizations', { name: `${seat} ${i}`, kind: seat });
        const person = await admin.call('POST', '/people', {
          name: `Person ${seat} ${i}`,
          organizationId: organization?.body.id,
        });
        if (organization?.status !== 201 || person?.status !== 201)
          throw new Error(`fixtures failed: ${organization?.status} ${person?.status}`);
        nominees.push({ seat, personId: person.body.id, organizationId: organization.body.id });
      }
    }

    const loadEnd = Date.now() + LOAD_MS;
    const retryDeadline = () => loadEnd + 90_000;
    const client = admin.withDeadline(retryDeadline);
    // Its requests fail while it is dead and are retried, with the same key, once it is back.
    const embeddedClient = admin.withDeadline(retryDeadline, embeddedUrl);
    const clients = [client, embeddedClient];
    let offsetMs = 0;
    const moveClock = async (days: number) => {
      offsetMs += days * DAY_MS;
      await client.acknowledged('PUT', '/test/clock', { offsetMs }, { n: 0 });
    };
    log(`appointing ${APPOINTMENTS} seats whose terms end within the next 20–200 days`);
    const appointmentIds = await appointSeats(client, nominees, APPOINTMENTS, Date.now(), 20, 180);

    // Chaos: one worker killed with SIGKILL every few seconds, restarted a moment later.
    let special = false;
    const chaos = (async () => {
      while (Date.now() < loadEnd - 3_000) {
        await sleep(rng.between(2_500, 5_000));
        if (special || Date.now() >= loadEnd - 3_000) continue;
        const slot = rng.int(0, WORKERS - 1);
        await workers[slot].kill9();
        events.kills++;
        await sleep(rng.between(200, 1_500));
        if (!workers[slot].alive) workers[slot] = spawnWorker(slot);
      }
    })();

    // The test clock moves three days every 1.5 s: alert timers fall due, e-mails go out, terms end.
    const clock = (async () => {
      while (Date.now() < loadEnd) {
        await sleep(1_500);
        if (!special) await moveClock(3);
      }
    })();

    // Redis is emptied at 35% of the load, PostgreSQL restarts at 65%.
    const faults = (async () => {
      await sleep(LOAD_MS * 0.35);
      special = true;
      // Redis emptied while work is in flight, e-mails included: hold the SMTP server, jump the clock so
      // that alerts fall due, and once e-mails wait for their 250, kill every worker and FLUSHDB.
      smtp.hold();
      await moveClock(25);
      const until = Date.now() + 10_000;
      while (smtp.waiting === 0 && Date.now() < until) await sleep(20);
      await sleep(300);
      await Promise.all(workers.map((worker) => worker.kill9()));
      events.kills += WORKERS;
      const db = sql();
      await db.connect();
      try {
        const { rows } = await db.query<{ n: number }>(
          'select count(*)::int as n from notification where email is not null and mailed_at is null',
        );
        events.unmailedAtFlush = rows[0].n;
      } finally {
        await db.end();
      }
      await flushRedis(REDIS_URL);
      events.redisFlushes++;
      smtp.release();
      log(
        `Redis FLUSHDB with every worker killed; ${events.unmailedAtFlush} alert e-mail(s) were not sent yet`,
      );
      await sleep(1_000);
      for (let slot = 0; slot < WORKERS; slot++) workers[slot] = spawnWorker(slot);
      special = false;

      await sleep(Math.max(0, loadEnd - LOAD_MS * 0.35 - Date.now()));
      // For debugging the suite without disturbing others; the check below then fails, never passes silently.
      if (process.env.FAULT_SKIP_PG_RESTART) return;
      log('restarting PostgreSQL');
      events.pgDowntimeMs = await restartPostgres();
      events.pgRestarts++;
      log(`PostgreSQL was back after ${events.pgDowntimeMs} ms`);
    })();

    log(`load: ${ACTORS} founding actors for ${LOAD_MS / 1000} s while faults are injected`);
    await Promise.all([
      ...Array.from({ length: ACTORS }, (_, actor) =>
        foundingActor(clients[actor % 2], new Rng(SEED + actor + 1), actor, loadEnd),
      ),
      chaos,
      clock,
      faults,
    ]);
    const starts = clients.flatMap((c) => c.starts);
    const commands = clients.flatMap((c) => c.commands);
    const unexpected = clients.flatMap((c) => c.unexpected);
    const retries = clients.reduce((sum, c) => sum + c.retries, 0);
    log(
      `load over: ${starts.length} starts, ${commands.length} command requests, ${retries} retries; ` +
        `${events.kills} workers killed, ${events.redisFlushes} Redis flush, ${events.pgRestarts} PostgreSQL restart`,
    );

    for (let slot = 0; slot < WORKERS; slot++) if (!workers[slot].alive) workers[slot] = spawnWorker(slot);
    log('waiting for the engine to settle (no queued command, no due timer, no unsent e-mail, outbox empty)');
    const db = sql();
    await db.connect();
    let listeners = 0;
    try {
      const left = await settle(db);
      if (left) {
        log(`the engine did not settle: ${left} — checking anyway`);
        // What might hold it up: transactions left open (and the locks they keep).
        const open = await db.query<{ pid: number; age: string; query: string }>(
          `select pid, (now() - xact_start)::text as age, left(query, 160) as query from pg_stat_activity
            where datname = $1 and state like 'idle in transaction%'`,
          [DATABASE],
        );
        for (const row of open.rows) log(`open transaction: pid ${row.pid}, ${row.age}, last: ${row.query}`);
      }
      // Each API waits for decisions on one LISTEN connection; a reconnect must not leave two behind.
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = $1 and query ilike 'listen %'`,
        [DATABASE],
      );
      listeners = rows[0].n;
    } finally {
      await db.end();
    }

    const checks: Check[] = await checkInvariants({
      url,
      commands,
      starts,
      mails: smtp.delivered,
      killedAt: new Map(everyWorker.map((worker) => [worker.name, worker.killedAt])),
    });
    const chaosCheck: Check = {
      name: `faults injected: ${events.kills} SIGKILLs, ${events.redisFlushes} Redis FLUSHDB, ${events.pgRestarts} PostgreSQL restart (${events.pgDowntimeMs} ms)`,
      checked: 1,
      failures: [
        ...(events.kills >= 10 ? [] : [`only ${events.kills} workers killed (need ≥ 10)`]),
        ...(events.redisFlushes === 1 ? [] : ['Redis was not emptied']),
        ...(events.pgRestarts === 1 ? [] : ['PostgreSQL was not restarted']),
        ...unexpected.slice(0, 10).map((u) => `unexpected answer: ${u}`),
      ],
    };
    const all = [chaosCheck, ...checks];
    const lines = [
      '',
      `fault suite, seed ${SEED}: ${starts.length} processes started by the client (${appointmentIds.length} appointments), ` +
        `${commands.length} command requests, ${retries} retried requests`,
      ...all.flatMap((c) => [
        `${c.failures.length === 0 ? 'PASS' : 'FAIL'}  ${c.name}`,
        ...c.failures.map((f) => `        - ${f}`),
      ]),
    ];
    if (listeners !== 2)
      lines.push(
        `WARN  the two APIs hold ${listeners} LISTEN connections after the PostgreSQL restart (expected 2)`,
      );
    const failed = all.filter((c) => c.failures.length > 0).length;
    lines.push('', failed === 0 ? 'fault suite passed' : `fault suite FAILED: ${failed} check(s)`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return failed === 0 ? 0 : 1;
  } finally {
    await Promise.all(workers.map((worker) => worker.kill9()));
    await api.stop();
    await smtp.close();
    ensurePostgresRunning();
    if (postgresReady() && !process.env.FAULT_KEEP_DB)
      await dropDatabase(PG_ADMIN, DATABASE).catch(() => undefined);
    await flushRedis(REDIS_URL).catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    ensurePostgresRunning();
    process.exit(1);
  },
);
