import { Client } from 'pg';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const founding = (name: string) => ({
  definition: 'working-group-founding',
  input: { name, topic: 'Start als Befehl', rationale: 'Test' },
});

describe('starting a process takes the command path', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const rows = async (query: string, params: unknown[] = []) => (await sql.query(query, params)).rows;

  it('stores the start as a command, audits it with that command and answers 201 with the process', async () => {
    const started = await ks.post('/processes', founding('AG Startbefehl'));
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ definition: 'working-group-founding', version: 1 });
    const [command] = await rows('select id, type, status, source from command where process_id = $1', [
      started.body.id,
    ]);
    expect(command).toMatchObject({ type: 'process.start', status: 'applied', source: 'http' });
    const [event] = await rows('select type, command_id from audit_event where process_id = $1', [
      started.body.id,
    ]);
    expect(event).toEqual({ type: 'process.started', command_id: command.id });
  });

  it('is idempotent by key: a repeat answers the same process, another input with the key is a 409', async () => {
    const body = { ...founding('AG Einmal'), idempotencyKey: 'start-once-1' };
    const first = await ks.post('/processes', body);
    const again = await ks.post('/processes', body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const other = await ks.post('/processes', { ...founding('AG Anders'), idempotencyKey: 'start-once-1' });
    expect(other.status).toBe(409);
    expect(other.body.details).toEqual({ code: 'IDEMPOTENCY_CONFLICT' });
    expect(
      await rows(`select count(*)::int as n from process_instance where start_key = 'start-once-1'`),
    ).toEqual([{ n: 1 }]);
    expect(
      await rows(`select count(*)::int as n from command where idempotency_key = 'start-once-1'`),
    ).toEqual([{ n: 1 }]);
  });

  it('refuses before storing anything: an unknown definition is a 400, invalid input names the fields', async () => {
    const before = await rows('select count(*)::int as n from command');
    const unknown = await ks.post('/processes', { definition: 'no-such-process', input: {} });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual({ code: 'UNKNOWN_DEFINITION' });
    const invalid = await ks.post('/processes', { definition: 'test-reminder', input: { dueAt: 'morgen' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details).toEqual([expect.objectContaining({ field: 'input.dueAt' })]);
    expect(await rows('select count(*)::int as n from command')).toEqual(before);
  });
});
