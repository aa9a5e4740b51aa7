import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { CommandApplier } from '@gremium/workflow';
import { waitFor } from '@gremium/testing';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const HOUR = 3_600_000;

describe('durability: the database decides, Redis and workers are disposable', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off', sweepInterval: 'PT1S' });
    ks = await app.login();
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const rows = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    (await sql.query(query, params)).rows as T[];

  async function founding(name: string) {
    const started = await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name, topic: 'Dauerhaftigkeit', rationale: 'Test' },
    });
    return app.applyStart(started);
  }

  async function commandStatus(id: string) {
    return (await ks.get(`/commands/${id}`)).body.status as string;
  }

  async function reminder(dueInMs: number) {
    const now = Date.parse((await rows<{ now: string }>('select now()::text as now'))[0].now);
    const started = await ks.post('/processes', {
      definition: 'test-reminder',
      input: { dueAt: new Date(now + dueInMs + (await clockOffset())).toISOString() },
    });
    return app.applyStart(started);
  }

  async function clockOffset() {
    const [row] = await rows<{ offset_ms: string }>('select offset_ms from clock_setting where id = 1');
    return row ? Number(row.offset_ms) : 0;
  }

  const moveClock = (offsetMs: number) => ks.put('/test/clock', { offsetMs });

  it('applies a command taken in while no worker ran once a worker starts', async () => {
    const processId = await founding('AG Ohne Worker');
    const sent = await ks.post(`/processes/${processId}/commands`, {
      type: 'PLENARY_DECISION',
      payload: { decision: 'adopted' },
    });
    expect(sent.status).toBe(202);
    expect(sent.body.command.status).toBe('queued');

    const worker = await app.startWorker();
    await waitFor(async () => (await commandStatus(sent.body.command.id)) === 'applied', {
      what: 'command applied',
    });
    await app.stopWorker(worker);
    expect((await ks.get(`/processes/${processId}`)).body.state).toEqual({
      proposed: { steering: 'pending', plenary: 'adopted' },
    });
  });

  it('applies a command whose job was lost when Redis was emptied after intake', async () => {
    const processId = await founding('AG Redis leer');
    const sent = await ks.post(`/processes/${processId}/commands`, {
      type: 'WITHDRAW',
      payload: { reason: 'Test' },
    });
    expect(sent.status).toBe(202);
    await app.flushRedis();

    const worker = await app.startWorker();
    await waitFor(async () => (await commandStatus(sent.body.command.id)) === 'applied', {
      what: 'the sweeper to republish and the worker to apply',
      timeoutMs: 30_000,
    });
    await app.stopWorker(worker);
    expect((await ks.get(`/processes/${processId}`)).body.state).toBe('withdrawn');
  });

  it('fires a timer that fell due while the worker was down exactly once after restart', async () => {
    const processId = await reminder(HOUR);
    const [timer] = await rows<{ id: string; status: string }>(
      'select id, status from timer where process_id = $1',
      [processId],
    );
    expect(timer.status).toBe('pending');

    await moveClock((await clockOffset()) + 2 * HOUR);
    const first = await app.startWorker();
    await waitFor(async () => (await ks.get(`/processes/${processId}`)).body.state === 'reminded', {
      what: 'reminder fired',
    });
    await app.stopWorker(first);

    const second = await app.startWorker();
    await moveClock((await clockOffset()) + HOUR);
    await app.stopWorker(second);

    const commands = await rows(
      'select type, status from command where process_id = $1 order by created_at',
      [processId],
    );
    expect(commands).toEqual([
      { type: 'process.start', status: 'applied' },
      { type: 'xstate.after.due.test-reminder.waiting', status: 'applied' },
    ]);
    const events = await rows<{ type: string }>(
      'select type from audit_event where process_id = $1 order by seq',
      [processId],
    );
    expect(events.map((e) => e.type)).toEqual(['process.started', 'xstate.after.due.test-reminder.waiting']);
    expect(await rows('select status from timer where process_id = $1', [processId])).toEqual([
      { status: 'fired' },
    ]);
  });

  it('never fires the timer of a state that was left', async () => {
    const processId = await reminder(HOUR);
    const worker = await app.startWorker();
    const cancelled = await ks.post(`/processes/${processId}/commands`, { type: 'CANCEL', payload: {} });
    expect(cancelled.body.process.state).toBe('cancelled');
    await moveClock((await clockOffset()) + 3 * HOUR);
    await app.stopWorker(worker);

    expect(await rows('select status from timer where process_id = $1', [processId])).toEqual([
      { status: 'voided' },
    ]);
    expect(
      await rows('select type from command where process_id = $1 order by created_at', [processId]),
    ).toEqual([{ type: 'process.start' }, { type: 'CANCEL' }]);
  });

  it('applies a job delivered twice (and concurrently) once', async () => {
    const processId = await founding('AG Doppelt zugestellt');
    const sent = await ks.post(`/processes/${processId}/commands`, {
      type: 'STEERING_DECISION',
      payload: { decision: 'granted' },
    });
    expect(sent.status).toBe(202);
    const worker = await app.startWorker();
    const applier = worker.get(CommandApplier);
    await Promise.all([applier.apply(sent.body.command.id), applier.apply(sent.body.command.id)]);
    await applier.apply(sent.body.command.id);
    await waitFor(async () => (await commandStatus(sent.body.command.id)) === 'applied');
    await app.stopWorker(worker);

    const events = await rows('select seq from audit_event where process_id = $1 and command_id = $2', [
      processId,
      sent.body.command.id,
    ]);
    expect(events).toHaveLength(1);
    expect((await ks.get(`/processes/${processId}`)).body.version).toBe(2);
  });

  it('applies queued commands of several processes in one batch; a refusal in it keeps the others', async () => {
    const [first, second] = [await founding('AG Stapel Eins'), await founding('AG Stapel Zwei')];
    const send = async (processId: string, decision: string) => {
      const sent = await ks.post(`/processes/${processId}/commands`, {
        type: 'STEERING_DECISION',
        payload: { decision },
      });
      expect(sent.status).toBe(202);
      return sent.body.command.id as string;
    };
    // Both are queued while the first process still waits for the steering group: the pre-check lets them in.
    const grantFirst = await send(first, 'granted');
    const grantSecond = await send(second, 'granted');
    const refuseFirst = await send(first, 'refused');
    await app.flushRedis();
    const worker = await app.startWorker();
    await worker.get(CommandApplier).applyMany([refuseFirst, grantSecond, grantFirst]);
    await app.stopWorker(worker);

    const decided = await rows<{ id: string; status: string; code: string | null }>(
      'select id, status, code from command where id = any($1)',
      [[grantFirst, grantSecond, refuseFirst]],
    );
    const statusOf = (id: string) => decided.find((row) => row.id === id);
    expect(statusOf(grantFirst)).toMatchObject({ status: 'applied', code: null });
    expect(statusOf(grantSecond)).toMatchObject({ status: 'applied', code: null });
    expect(statusOf(refuseFirst)).toMatchObject({ status: 'rejected', code: 'COMMAND_NOT_ALLOWED' });
    for (const processId of [first, second]) {
      expect((await ks.get(`/processes/${processId}`)).body.version).toBe(2);
      expect((await ks.get(`/audit-events/verify?processId=${processId}`)).body).toMatchObject({
        valid: true,
        count: 2,
      });
    }
  });

  it('keeps the audit chain append-only and detects tampering', async () => {
    const processId = await founding('AG Revision');
    expect((await ks.get(`/audit-events/verify?processId=${processId}`)).body).toEqual({
      valid: true,
      count: 1,
      brokenAtSeq: null,
      replayMatches: true,
      problem: null,
    });
    await expect(sql.query('truncate audit_event')).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(
      sql.query(`update audit_event set type = 'forged' where process_id = $1`, [processId]),
    ).rejects.toThrow(/append-only/);
    await expect(sql.query('delete from audit_event where process_id = $1', [processId])).rejects.toThrow(
      /append-only/,
    );

    await sql.query('alter table audit_event disable trigger audit_event_append_only');
    await sql.query(
      `update audit_event set event = jsonb_set(event, '{payload,name}', '"AG Gefälscht"') where process_id = $1`,
      [processId],
    );
    await sql.query('alter table audit_event enable trigger audit_event_append_only');
    expect((await ks.get(`/audit-events/verify?processId=${processId}`)).body).toEqual({
      valid: false,
      count: 1,
      brokenAtSeq: 0,
      replayMatches: false,
      problem: 'hash-mismatch',
    });
  });

  it('detects a deleted last event: the chain is shorter than the process says', async () => {
    const processId = await founding('AG Kürzung');
    const sent = await ks.post(`/processes/${processId}/commands`, {
      type: 'PLENARY_DECISION',
      payload: { decision: 'adopted' },
    });
    const worker = await app.startWorker();
    await worker.get(CommandApplier).applyMany([sent.body.command.id]);
    await app.stopWorker(worker);
    expect((await ks.get(`/audit-events/verify?processId=${processId}`)).body).toMatchObject({
      valid: true,
      count: 2,
    });
    await sql.query('alter table audit_event disable trigger audit_event_append_only');
    await sql.query('delete from audit_event where process_id = $1 and seq = 1', [processId]);
    await sql.query('alter table audit_event enable trigger audit_event_append_only');
    expect((await ks.get(`/audit-events/verify?processId=${processId}`)).body).toEqual({
      valid: false,
      count: 1,
      brokenAtSeq: 1,
      replayMatches: false,
      problem: 'truncated',
    });
  });

  it('has migrations that match the entities', async () => {
    const { councilOrmOptions } = await import('@gremium/council');
    const orm = await MikroORM.init(councilOrmOptions(app.config));
    try {
      expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    } finally {
      await orm.close(true);
    }
  });
});
