import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker, type JobsOptions } from 'bullmq';
import { Client } from 'pg';
import { redisConnectionOptions } from '@gremium/platform';
import { withClient } from './bench-db';

/** The options JobPublisher gives every job (libs/platform/src/queue/job-publisher.service.ts). */
const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: true,
  removeOnFail: true,
};

export interface BullBaseline {
  drainJobsPerSec: number;
  addJobsPerSec: number;
  jobs: number;
}

/** Raw BullMQ: no-op jobs processed per second at the worker's concurrency, and single adds per second. */
export async function bullmqBaseline(
  redisUrl: string,
  prefix: string,
  jobs: number,
  concurrency: number,
): Promise<BullBaseline> {
  const connection = redisConnectionOptions(redisUrl);
  const name = 'bench-noop';
  const queue = new Queue(name, { connection, prefix });
  try {
    await queue.obliterate({ force: true });
    for (let i = 0; i < jobs; i += 1000) {
      await queue.addBulk(
        Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({
          name,
          data: { commandId: randomUUID() },
          opts: { ...JOB_OPTIONS, jobId: `drain-${i + k}` },
        })),
      );
    }
    const worker = new Worker(name, async () => undefined, {
      connection,
      prefix,
      concurrency,
      autorun: false,
    });
    let completed = 0;
    const finished = new Promise<number>((resolve) => {
      worker.on('completed', () => {
        if (++completed === jobs) resolve(performance.now());
      });
    });
    const started = performance.now();
    void worker.run();
    const drainMs = (await finished) - started;
    await worker.close();

    // The engine publishes one addBulk per committed transaction: single adds, `concurrency` in flight.
    const adds = Math.min(jobs, 10_000);
    let next = 0;
    const addStarted = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < adds) {
          const index = next++;
          await queue.addBulk([
            { name, data: { commandId: randomUUID() }, opts: { ...JOB_OPTIONS, jobId: `add-${index}` } },
          ]);
        }
      }),
    );
    const addMs = performance.now() - addStarted;
    await queue.obliterate({ force: true });
    return { drainJobsPerSec: (jobs * 1000) / drainMs, addJobsPerSec: (adds * 1000) / addMs, jobs };
  } finally {
    await queue.close();
  }
}

const INSTANCES = 10_000;
const USER_ID = '00000000-0000-4000-8000-0000000000aa';
const STATE = '{"proposed":{"steering":"granted","plenary":"pending"}}';
const CONTEXT = JSON.stringify({
  name: 'AG Prävention im Quartier',
  topic: 'Sicherheit im öffentlichen Raum',
  rationale: 'Die Steuerungsgruppe hat die Gründung angeregt; die Arbeitsgruppe soll Maßnahmen vorschlagen.',
  initialMemberIds: [],
  workingGroupId: '3f1c1f4e-3d0c-4a53-9a59-3b2b8e8c1d11',
  steering: {
    decision: 'granted',
    meetingId: null,
    votes: null,
    note: null,
    at: 1767225600000,
    byPersonId: null,
  },
  plenary: null,
  withdrawal: null,
});
const EVENT = JSON.stringify({
  type: 'STEERING_DECISION',
  payload: { decision: 'granted' },
  now: 1767225600000,
  actor: { type: 'user', userId: '00000000-0000-4000-8000-0000000000aa', personId: null },
  newId: '7a0e5f4e-3d0c-4a53-9a59-3b2b8e8c1d11',
  facts: {},
});

/** Copies of the engine's three tables (indexes and constraints included) for the raw transaction. */
export async function preparePgBaseline(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`
      drop table if exists bench_instance, bench_audit, bench_outbox, bench_command, bench_task, bench_user;
      create table bench_instance (like process_instance including all);
      create table bench_audit (like audit_event including all);
      create table bench_outbox (like outbox_message including all);
      create table bench_command (like command including all);
      create table bench_task (like task including all);
      create table bench_user (like app_user including all);
      insert into bench_user (id, email, password_hash, roles, created_at, updated_at)
      values ('${USER_ID}', 'bench@gremium.test', 'x', '["coordination"]', now(), now());
      insert into bench_instance (id, definition_key, definition_version, state, context, status, version,
        audit_head, created_at, updated_at)
      select md5(n::text)::uuid, 'working-group-founding', 1, '${STATE}'::jsonb, '${CONTEXT}'::jsonb,
        'active', 1, repeat('0', 64), now(), now()
      from generate_series(1, ${INSTANCES}) n;
      insert into bench_task (id, process_id, state_id, awaiting, command_types, opened_at)
      select gen_random_uuid(), i.id, s.state_id, jsonb_build_object('body', s.state_id), '[]', now()
      from bench_instance i cross join (values ('steering'), ('plenary')) s(state_id);
      analyze bench_instance, bench_task, bench_user;
    `);
  });
}

export interface PgBaseline {
  tps: number;
  transactions: number;
  clients: number;
  statementsPerTx: number;
}

/** `clients` connections each running `iteration` in a loop for `durationMs`; returns iterations/s. */
async function runClients(
  url: string,
  clients: number,
  durationMs: number,
  iteration: (client: Client, id: string) => Promise<void>,
): Promise<{ perSec: number; count: number }> {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const ids = Array.from({ length: INSTANCES }, (_, i) => withDashes(md5Hex(String(i + 1))));
  let count = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  try {
    await Promise.all(
      connections.map(async (client) => {
        while (performance.now() < deadline) {
          await iteration(client, ids[Math.floor(Math.random() * ids.length)]);
          count++;
        }
      }),
    );
  } finally {
    await Promise.all(connections.map((client) => client.end()));
  }
  return { perSec: (count * 1000) / (performance.now() - started), count };
}

/** Lock, update snapshot and version, append the audit event (returns the new version and hash). */
async function transition(client: Client, id: string, commandId: string): Promise<void> {
  const { rows } = await client.query<{ version: number; audit_head: string }>({
    name: 'lock',
    text: 'select version, audit_head from bench_instance where id = $1 for update',
    values: [id],
  });
  const version = rows[0].version + 1;
  const hash = randomBytes(32).toString('hex');
  await client.query({
    name: 'update',
    text: 'update bench_instance set state = $2, context = $3, version = $4, audit_head = $5, updated_at = now() where id = $1',
    values: [id, STATE, CONTEXT, version, hash],
  });
  await client.query({
    name: 'audit',
    text: `insert into bench_audit (id, process_id, seq, type, command_id, actor, event, state_before,
      state_after, version, at, prev_hash, hash)
      values ($1, $2, $3, 'STEERING_DECISION', $4, '{"type":"user"}', $5, $6, $6, $7, now(), $8, $9)`,
    values: [randomUUID(), id, version - 1, commandId, EVENT, STATE, version, rows[0].audit_head, hash],
  });
}

async function insertOutbox(client: Client, jobId: string): Promise<string> {
  const id = randomUUID();
  await client.query({
    name: 'outbox',
    text: `insert into bench_outbox (id, queue, job_id, data, created_at) values ($1, 'commands', $2, $3, now())`,
    values: [id, jobId, JSON.stringify({ commandId: jobId })],
  });
  return id;
}

/**
 * One transaction shaped like a transition (lock the instance row, update its jsonb snapshot and
 * version, insert an audit event and an outbox row), run by `clients` pg connections in a loop with
 * prepared statements, pgbench style.
 */
export async function pgBaseline(url: string, clients: number, durationMs: number): Promise<PgBaseline> {
  const { perSec, count } = await runClients(url, clients, durationMs, async (client, id) => {
    await client.query('begin');
    await transition(client, id, randomUUID());
    await insertOutbox(client, randomUUID());
    await client.query('commit');
  });
  return { tps: perSec, transactions: count, clients, statementsPerTx: 6 };
}

/**
 * The engine's statements for one command as the profile counts them (intake: 10, apply: 11, in two
 * transactions plus autocommitted reads and the outbox mark), sent over a raw pg connection with prepared
 * statements: what the engine's round trips cost without the ORM, Redis and the Node work between them.
 */
export async function engineShapedBaseline(
  url: string,
  clients: number,
  durationMs: number,
): Promise<PgBaseline> {
  const select = (client: Client, name: string, text: string, values: unknown[]) =>
    client.query({ name, text, values });
  const { perSec, count } = await runClients(url, clients, durationMs, async (client, id) => {
    const commandId = randomUUID();
    // intake
    await select(client, 'i-instance', 'select * from bench_instance where id = $1', [id]);
    await select(client, 'i-user', 'select * from bench_user where id = $1', [USER_ID]);
    await client.query('begin');
    await client.query({
      name: 'i-command',
      text: `insert into bench_command (id, process_id, type, payload, actor, source, status, created_at)
        values ($1, $2, 'STEERING_DECISION', '{"decision":"granted"}', $3, 'http', 'queued', now())`,
      values: [commandId, id, JSON.stringify({ type: 'user', userId: USER_ID })],
    });
    const outboxId = await insertOutbox(client, commandId);
    await client.query('commit');
    await select(client, 'i-published', 'update bench_outbox set published_at = now() where id = $1', [
      outboxId,
    ]);
    for (let i = 0; i < 3; i++)
      await select(client, 'i-reload', 'select * from bench_command where id = $1', [commandId]);
    // apply
    await client.query('begin');
    await select(client, 'a-command', 'select * from bench_command where id = $1 for update', [commandId]);
    await select(client, 'a-instance', 'select * from bench_instance where id = $1 for update', [id]);
    await select(client, 'a-user', 'select * from bench_user where id = $1', [USER_ID]);
    await select(client, 'a-tasks', 'select * from bench_task where process_id = $1 and closed_at is null', [
      id,
    ]);
    await transition(client, id, commandId);
    await select(
      client,
      'a-task-close',
      `update bench_task set closed_at = now() where process_id = $1 and state_id = 'steering' and closed_at is null`,
      [id],
    );
    await select(
      client,
      'a-decided',
      `update bench_command set status = 'applied', decided_at = now() where id = $1`,
      [commandId],
    );
    await select(client, 'a-notify', `select pg_notify('bench_decided', $1)`, [commandId]);
    await client.query('commit');
  });
  return { tps: perSec, transactions: count, clients, statementsPerTx: 21 };
}

/** The same transaction run by pgbench itself (C client, prepared statements), when it is installed. */
export function pgbenchBaseline(url: string, clients: number, seconds: number): number | null {
  const { hostname, port, username, pathname } = new URL(url);
  const script = join(tmpdir(), `gremium-bench-${process.pid}.sql`);
  const state = `jsonb_build_object('proposed', jsonb_build_object('steering', 'granted', 'plenary', 'pending'))`;
  writeFileSync(
    script,
    [
      `\\set n random(1, ${INSTANCES})`,
      'begin;',
      `select version as v from bench_instance where id = md5(:n::text)::uuid for update \\gset`,
      `update bench_instance set state = ${state}, context = context, version = :v + 1, audit_head = md5(random()::text) || md5(random()::text), updated_at = now() where id = md5(:n::text)::uuid;`,
      `insert into bench_audit (id, process_id, seq, type, command_id, actor, event, state_before, state_after, version, at, prev_hash, hash) values (gen_random_uuid(), md5(:n::text)::uuid, :v, 'STEERING_DECISION', gen_random_uuid(), jsonb_build_object('type', 'user'), jsonb_build_object('type', 'STEERING_DECISION', 'payload', jsonb_build_object('decision', 'granted')), ${state}, ${state}, :v + 1, now(), (select audit_head from bench_instance where id = md5(:n::text)::uuid), md5(random()::text) || md5(random()::text));`,
      `insert into bench_outbox (id, queue, job_id, data, created_at) values (gen_random_uuid(), 'commands', gen_random_uuid()::text, jsonb_build_object('commandId', gen_random_uuid()), now());`,
      'commit;',
      '',
    ].join('\n'),
  );
  const run = spawnSync(
    'pgbench',
    [
      '-h',
      hostname,
      '-p',
      port || '5432',
      '-U',
      decodeURIComponent(username) || 'postgres',
      '-n',
      '-M',
      'prepared',
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-f',
      script,
      decodeURIComponent(pathname.slice(1)),
    ],
    { encoding: 'utf8', timeout: (seconds + 30) * 1000 },
  );
  rmSync(script, { force: true });
  if (run.status !== 0) return null;
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout)?.[1];
  return tps ? Number(tps) : null;
}

function md5Hex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function withDashes(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
