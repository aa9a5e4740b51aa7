import { Client } from 'pg';
import { waitFor, yearlyDefinition } from '@gremium/testing';
import { Sweeper } from '@gremium/workflow';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

describe('schedules: one process per occurrence, across worker restarts, an emptied Redis and downtime', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sql: Client;
  let overriddenRule: string | null = null;

  beforeAll(async () => {
    app = await TestApp.start({
      worker: 'off',
      sweepInterval: 'PT1S',
      definitions: [yearlyDefinition(() => overriddenRule)],
    });
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
  const setClock = async (now: string) => expect((await ks.put('/test/clock', { now })).status).toBe(200);
  const years = async () =>
    (
      await rows<{ year: number }>(
        `select (context->>'year')::int as year from process_instance where definition_key = 'test-yearly' order by 1`,
      )
    ).map((row) => row.year);
  const pendingTimers = () =>
    rows<{ due_at: Date; action_id: string }>(
      `select due_at, action_id from timer where schedule = 'test-yearly' and status = 'pending'`,
    );
  const pendingDue = async (iso: string) => {
    const pending = await pendingTimers();
    return pending.length === 1 && pending[0].due_at.toISOString() === iso;
  };

  it('fires once per occurrence: clock past two occurrences with a worker restart and a Redis flush between', async () => {
    await setClock('2027-01-10T12:00:00.000Z');
    const first = await app.startWorker();
    // 15 January 2027, 00:00 in Berlin.
    await waitFor(() => pendingDue('2027-01-14T23:00:00.000Z'), { what: 'the first occurrence planned' });

    await setClock('2027-01-15T06:00:00.000Z');
    await waitFor(async () => (await years()).length === 1, { what: 'the 2027 occurrence started' });
    expect(await years()).toEqual([2026]);
    await waitFor(() => pendingDue('2028-01-14T23:00:00.000Z'), { what: 'the next occurrence planned' });
    await app.stopWorker(first);

    await app.flushRedis();
    const second = await app.startWorker();
    await setClock('2028-01-16T00:00:00.000Z');
    await waitFor(async () => (await years()).length === 2, { what: 'the 2028 occurrence started' });
    await waitFor(() => pendingDue('2029-01-14T23:00:00.000Z'), { what: 'the 2029 occurrence planned' });
    await app.stopWorker(second);

    // More sweeps change nothing.
    for (let sweep = 0; sweep < 3; sweep++) await app.api.get(Sweeper).sweep();
    expect(await years()).toEqual([2026, 2027]);
    const starts = await rows<{ source: string; status: string; idempotency_key: string }>(
      // Only this test's schedule: the council's own (the quarterly steering check) fires on the same clock.
      `select source, status, idempotency_key from command
        where type = 'process.start' and idempotency_key like 'schedule:test-yearly:%' order by created_at`,
    );
    expect(starts).toEqual([
      { source: 'timer', status: 'applied', idempotency_key: 'schedule:test-yearly:2027-01-15T00:00' },
      { source: 'timer', status: 'applied', idempotency_key: 'schedule:test-yearly:2028-01-15T00:00' },
    ]);
    const [process] = (
      await ks.get('/processes?filter={"definition":"test-yearly"}&sort=["createdAt","ASC"]')
    ).body;
    expect(process).toMatchObject({ state: 'open', context: { year: 2026 } });
  });

  it('after downtime starts only the latest missed occurrence, then plans the next', async () => {
    await setClock('2030-02-01T12:00:00.000Z');
    const worker = await app.startWorker();
    await waitFor(() => pendingDue('2031-01-14T23:00:00.000Z'), { what: 'the 2031 occurrence planned' });
    await app.stopWorker(worker);
    expect(await years()).toEqual([2026, 2027, 2029]);
    const fired = await rows(
      `select action_id from timer where schedule = 'test-yearly' and status = 'fired' order by due_at`,
    );
    expect(fired).toEqual([
      { action_id: 'schedule:test-yearly:2027-01-15T00:00' },
      { action_id: 'schedule:test-yearly:2028-01-15T00:00' },
      // Planned for 2029, fired in 2030: it started the 2030 occurrence (for 2029) only.
      { action_id: 'schedule:test-yearly:2029-01-15T00:00' },
    ]);
  });

  it('re-plans the pending occurrence when the rule in the settings changes', async () => {
    overriddenRule = 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1';
    await app.api.get(Sweeper).sweep();
    // It is February 2030: next is 1 March 2030, 00:00 in Berlin; the 15 January 2031 timer is voided.
    expect(await pendingDue('2030-02-28T23:00:00.000Z')).toBe(true);
    expect(
      await rows(`select status from timer where action_id = 'schedule:test-yearly:2031-01-15T00:00'`),
    ).toEqual([{ status: 'voided' }]);
    // An invalid rule in the settings falls back to the declared one.
    overriddenRule = 'not a rule';
    await app.api.get(Sweeper).sweep();
    expect(await pendingDue('2031-01-14T23:00:00.000Z')).toBe(true);
    expect(await years()).toEqual([2026, 2027, 2029]);
  });
});
