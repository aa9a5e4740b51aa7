import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import { insertQueuedCommands, isUniqueViolation, type Command } from '@gremium/workflow';
import { TestApp } from './support/test-app';

/** The engine's rows written with prepared statements over pg, beside the unit of work. */
describe('engine rows: commands', () => {
  let app: TestApp;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const em = () => app.api.get(EntityManager).fork();

  function command(processId: string, idempotencyKey: string | null): Command {
    return {
      id: randomUUID(),
      processId,
      type: 'STEERING_DECISION',
      payload: { decision: 'granted', note: 'mit "Anführungszeichen" und \\ Backslash' },
      idempotencyKey,
      actor: { type: 'user', userId: 'u-1' },
      source: 'http',
      status: 'queued',
      code: null,
      reason: null,
      errorKey: null,
      errorParams: null,
      errorDetails: null,
      createdAt: new Date('2026-11-30T08:15:00.123Z'),
      decidedAt: null,
      attempts: 0,
      lastError: null,
      lastFailedAt: null,
    };
  }

  it('stores commands queued with the one outbox row whose job names them all', async () => {
    const processId = randomUUID();
    const commands = [command(processId, 'k-1'), command(processId, null), command(randomUUID(), null)];
    const stored = await insertQueuedCommands(em(), commands, commands[0].createdAt);

    expect(stored.commandIds).toEqual(commands.map((c) => c.id));
    expect(stored.jobId).toBe(commands[0].id);
    const { rows } = await sql.query(
      `select id, process_id, type, payload, idempotency_key, actor, source, status, created_at, attempts
       from command where id = any($1) order by created_at, id`,
      [stored.commandIds],
    );
    expect(rows).toHaveLength(3);
    for (const original of commands) {
      expect(rows).toContainEqual({
        id: original.id,
        process_id: original.processId,
        type: original.type,
        payload: original.payload,
        idempotency_key: original.idempotencyKey,
        actor: original.actor,
        source: 'http',
        status: 'queued',
        created_at: original.createdAt,
        attempts: 0,
      });
    }
    const outbox = await sql.query(
      'select queue, job_id, data, published_at from outbox_message where id = $1',
      [stored.outboxId],
    );
    expect(outbox.rows).toEqual([
      {
        queue: 'commands',
        job_id: commands[0].id,
        data: { commandIds: stored.commandIds },
        published_at: null,
      },
    ]);
  });

  it('stores nothing of a group when one idempotency key of its sender is taken', async () => {
    const processId = randomUUID();
    await insertQueuedCommands(em(), [command(processId, 'k-2')], new Date());
    const group = [command(processId, null), command(processId, 'k-2')];
    const error = await insertQueuedCommands(em(), group, new Date()).catch((caught: unknown) => caught);

    expect(isUniqueViolation(error)).toBe(true);
    const { rows } = await sql.query('select count(*)::int as n from command where id = any($1)', [
      group.map((c) => c.id),
    ]);
    expect(rows[0].n).toBe(0);
    const outbox = await sql.query(`select count(*)::int as n from outbox_message where job_id = $1`, [
      group[0].id,
    ]);
    expect(outbox.rows[0].n).toBe(0);
  });
});
