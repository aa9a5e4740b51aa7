import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ACTOR_RESOLVER,
  insertQueuedCommands,
  isUniqueViolation,
  lockBatch,
  queuedCommand,
  recordDecisions,
  Task,
  Timer,
  voidTimer,
  withTransitionsWrittenBehind,
  writeTaskChanges,
  writeTransition,
  type ActorResolver,
  type AuditEvent,
  type Command,
  type ProcessInstance,
} from '@gremium/workflow';
import { waitFor } from '@gremium/testing';
import { TestApp } from './support/test-app';

/** The engine's rows written with prepared statements over pg, beside the unit of work. */
describe('engine rows', () => {
  let app: TestApp;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    sql = await app.sql();
  });
  afterAll(() => app.close());

  const em = () => app.api.get(EntityManager).fork();

  function command(processId: string, idempotencyKey: string | null): Command {
    return queuedCommand({
      id: randomUUID(),
      processId,
      type: 'STEERING_DECISION',
      payload: { decision: 'granted', note: 'mit "Anführungszeichen" und \\ Backslash' },
      idempotencyKey,
      actor: { type: 'user', userId: 'u-1' },
      source: 'http',
      createdAt: new Date('2026-11-30T08:15:00.123Z'),
    });
  }

  it('stores commands queued together', async () => {
    const processId = randomUUID();
    const commands = [command(processId, 'k-1'), command(processId, null), command(randomUUID(), null)];
    const stored = await insertQueuedCommands(em(), commands);

    expect(stored).toEqual(commands.map((c) => c.id));
    const { rows } = await sql.query(
      `select id, process_id, type, payload, idempotency_key, actor, source, status, created_at, attempts
       from command where id = any($1) order by created_at, id`,
      [stored],
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
  });

  it('stores nothing of a group when one idempotency key of its sender is taken', async () => {
    const processId = randomUUID();
    await insertQueuedCommands(em(), [command(processId, 'k-2')]);
    const group = [command(processId, null), command(processId, 'k-2')];
    const error = await insertQueuedCommands(em(), group).catch((caught: unknown) => caught);

    expect(isUniqueViolation(error)).toBe(true);
    const { rows } = await sql.query('select count(*)::int as n from command where id = any($1)', [
      group.map((c) => c.id),
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('locks queued commands inside the transaction and records their decisions with one NOTIFY each', async () => {
    const processId = randomUUID();
    const [first, second, decided] = [
      command(processId, null),
      command(processId, null),
      command(processId, null),
    ];
    await insertQueuedCommands(em(), [first, second, decided]);
    await sql.query(`update command set status = 'applied' where id = $1`, [decided.id]);
    const listener = new Client({ connectionString: app.db.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    await listener.query('listen engine_rows_test');

    await em().transactional(async (tx) => {
      const { commands: locked, instances } = await lockBatch(tx, [second.id, decided.id, first.id]);
      expect(locked.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
      expect(locked[0]).toMatchObject({
        createdAt: first.createdAt,
        payload: first.payload,
        actor: first.actor,
        status: 'queued',
        attempts: 0,
      });
      expect(instances).toEqual([]);
      // Another transaction skips the rows this one holds.
      const other = await sql.query(
        `select id from command where id = any($1) and status = 'queued' for update skip locked`,
        [[first.id, second.id]],
      );
      expect(other.rows).toEqual([]);
      const [a, b] = locked;
      Object.assign(a, { status: 'applied', decidedAt: new Date('2026-11-30T09:00:00.000Z') });
      Object.assign(b, {
        status: 'rejected',
        code: 'COMMAND_NOT_ALLOWED',
        reason: 'nicht erlaubt',
        errorKey: 'command.not_allowed',
        errorParams: { command: 'X' },
        errorDetails: { state: 'pending', allowed: [] },
        decidedAt: new Date('2026-11-30T09:00:00.000Z'),
      });
      await recordDecisions(tx, locked, 'engine_rows_test', ['a', 'b']);
      expect(heard).toEqual([]);
    });

    const { rows } = await sql.query(
      `select id, status, code, error_key, error_params, error_details, decided_at from command
       where id = any($1)`,
      [[first.id, second.id]],
    );
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row]));
    expect(byStatus.applied).toMatchObject({ code: null, error_params: null, error_details: null });
    expect(byStatus.rejected).toMatchObject({
      code: 'COMMAND_NOT_ALLOWED',
      error_key: 'command.not_allowed',
      error_params: { command: 'X' },
      error_details: { state: 'pending', allowed: [] },
      decided_at: new Date('2026-11-30T09:00:00.000Z'),
    });
    await waitFor(async () => heard.length === 2, { what: 'two notifications' });
    expect(heard).toEqual(['a', 'b']);
    await listener.end();
  });

  function transition(instance: ProcessInstance, seq: number): AuditEvent {
    return {
      id: randomUUID(),
      processId: instance.id,
      seq,
      type: seq === 0 ? 'process.started' : 'NEXT',
      commandId: null,
      actor: { type: 'system', reason: 'engine' },
      event: { type: 'NEXT', note: 'Straße "Süd"' } as unknown as AuditEvent['event'],
      stateBefore: seq === 0 ? null : 'draft',
      stateAfter: { review: 'open' },
      version: seq + 1,
      at: instance.updatedAt,
      prevHash: '0'.repeat(64),
      hash: String(seq).repeat(64),
    };
  }

  /** Locks a process the way the worker does: with a command queued for it. */
  async function lockInstance(tx: EntityManager, processId: string): Promise<ProcessInstance> {
    const queued = command(processId, null);
    await insertQueuedCommands(em(), [queued]);
    const { commands, instances } = await lockBatch(tx, [queued.id]);
    expect(commands.map((c) => c.id)).toEqual([queued.id]);
    expect(instances).toHaveLength(1);
    return instances[0];
  }

  it('writes a new instance with its first event, then each change with the next; an ended one voids its timers', async () => {
    const instance: ProcessInstance = {
      id: randomUUID(),
      definitionKey: 'test-reminder',
      definitionVersion: 1,
      state: 'draft',
      context: { title: 'Schöne Grüße' },
      status: 'active',
      subjectType: null,
      subjectId: null,
      parentId: null,
      startKey: 'k-start',
      version: 1,
      auditHead: '0'.repeat(64),
      createdAt: new Date('2026-11-30T08:00:00.000Z'),
      updatedAt: new Date('2026-11-30T08:00:00.000Z'),
    };
    await em().transactional((tx) => writeTransition(tx, instance, transition(instance, 0)));
    const timerId = randomUUID();
    await sql.query(
      `insert into timer (id, process_id, action_id, process_version, event, due_at, status, created_at)
       values ($1, $2, 'due', 1, '{"type":"DUE"}', now(), 'pending', now())`,
      [timerId, instance.id],
    );

    await em().transactional(async (tx) => {
      const locked = await lockInstance(tx, instance.id);
      expect(locked).toEqual(instance);
      // Another transaction cannot take the process meanwhile.
      const other = await sql
        .query('select id from process_instance where id = $1 for update nowait', [instance.id])
        .catch((error: { code: string }) => error.code);
      expect(other).toBe('55P03');
      Object.assign(locked, {
        version: 2,
        state: { review: 'open' },
        context: { title: 'Schöne Grüße', round: 2 },
        status: 'done',
        subjectType: 'working-group',
        subjectId: instance.id,
        auditHead: '1'.repeat(64),
        updatedAt: new Date('2026-11-30T09:30:00.000Z'),
      });
      await writeTransition(tx, locked, transition(locked, 1));
    });

    const { rows } = await sql.query('select * from process_instance where id = $1', [instance.id]);
    expect(rows[0]).toMatchObject({
      version: 2,
      state: { review: 'open' },
      context: { title: 'Schöne Grüße', round: 2 },
      status: 'done',
      subject_type: 'working-group',
      start_key: 'k-start',
      audit_head: '1'.repeat(64),
      created_at: new Date('2026-11-30T08:00:00.000Z'),
      updated_at: new Date('2026-11-30T09:30:00.000Z'),
    });
    const timer = await sql.query('select status from timer where id = $1', [timerId]);
    expect(timer.rows).toEqual([{ status: 'voided' }]);
    const events = await sql.query(
      'select seq, state_before, state_after, event from audit_event where process_id = $1 order by seq',
      [instance.id],
    );
    expect(events.rows).toEqual([
      {
        seq: 0,
        state_before: null,
        state_after: { review: 'open' },
        event: { type: 'NEXT', note: 'Straße "Süd"' },
      },
      {
        seq: 1,
        state_before: 'draft',
        state_after: { review: 'open' },
        event: { type: 'NEXT', note: 'Straße "Süd"' },
      },
    ]);
  });

  function freshInstance(): ProcessInstance {
    return {
      id: randomUUID(),
      definitionKey: 'test-reminder',
      definitionVersion: 1,
      state: 'draft',
      context: {},
      status: 'active',
      subjectType: null,
      subjectId: null,
      parentId: null,
      startKey: null,
      version: 1,
      auditHead: '0'.repeat(64),
      createdAt: new Date('2026-11-30T08:00:00.000Z'),
      updatedAt: new Date('2026-11-30T08:00:00.000Z'),
    };
  }

  it('reads the open tasks of the locked processes, and writes what closes and opens with the transitions', async () => {
    const instance = freshInstance();
    await em().transactional((tx) => writeTransition(tx, instance, transition(instance, 0)));
    const [open, closed, dated] = [randomUUID(), randomUUID(), randomUUID()];
    await sql.query(
      `insert into task (id, process_id, state_id, awaiting, command_types, label, opened_at, due_at, closed_at)
       values ($1, $4, 'review', '{"body":"steering"}', '["STEERING_DECISION"]', 'Prüfen', '2026-11-30T08:00:00Z',
               '2026-12-03T17:00:00Z', null),
              ($2, $4, 'draft', '{"personId":"p-1"}', '[]', null, '2026-11-29T08:00:00Z', null, '2026-11-30T07:00:00Z'),
              ($3, $4, 'plenary', '{"body":"plenary"}', '["PLENARY_DECISION"]', null, '2026-11-30T08:00:00Z', null, null)`,
      [open, closed, dated, instance.id],
    );
    const task = (id: string, stateId: string): Task => ({
      id,
      processId: instance.id,
      stateId,
      awaiting: { body: 'plenary' },
      commandTypes: [],
      label: 'Beschluss: "Süd"',
      openedAt: new Date('2026-11-30T10:00:00Z'),
      dueAt: new Date('2026-12-10T17:00:00Z'),
      closedAt: null,
    });
    const [opened, fleeting] = [task(randomUUID(), 'vote'), task(randomUUID(), 'count')];

    const heldClosedAt = await em().transactional((tx) =>
      withTransitionsWrittenBehind(tx, async () => {
        const queued = command(instance.id, null);
        await insertQueuedCommands(em(), [queued]);
        const { openTasks } = await lockBatch(tx, [queued.id]);
        const tasks = openTasks.of(instance.id);
        expect(tasks.map((t) => t.id).sort()).toEqual([open, dated].sort());
        expect(tasks.find((t) => t.id === open)).toEqual({
          id: open,
          processId: instance.id,
          stateId: 'review',
          awaiting: { body: 'steering' },
          commandTypes: ['STEERING_DECISION'],
          label: 'Prüfen',
          openedAt: new Date('2026-11-30T08:00:00Z'),
          dueAt: new Date('2026-12-03T17:00:00Z'),
          closedAt: null,
        });
        // A rule read one of them into the unit of work.
        const held = await tx.findOneOrFail(Task, dated);
        const next = { ...instance, version: 2, auditHead: '1'.repeat(64) };
        await writeTransition(tx, next, transition(next, 1));
        const closedAt = new Date('2026-11-30T10:00:00Z');
        for (const t of tasks) t.closedAt = closedAt;
        await writeTaskChanges(tx, { opened: [opened, fleeting], closed: tasks });
        // Opened and closed again before anything was written: inserted closed.
        fleeting.closedAt = new Date('2026-11-30T10:05:00Z');
        await writeTaskChanges(tx, { opened: [], closed: [fleeting] });
        return held.closedAt;
      }),
    );

    expect(heldClosedAt).toEqual(new Date('2026-11-30T10:00:00Z'));
    const { rows } = await sql.query(
      `select id, state_id, awaiting, label, due_at, closed_at, cmin::text as statement
       from task where process_id = $1 order by opened_at, id`,
      [instance.id],
    );
    const byId = new Map(rows.map((row: Record<string, unknown>) => [row.id as string, row]));
    expect(byId.get(open)).toMatchObject({ closed_at: new Date('2026-11-30T10:00:00Z') });
    expect(byId.get(dated)).toMatchObject({ closed_at: new Date('2026-11-30T10:00:00Z') });
    expect(byId.get(closed)).toMatchObject({ closed_at: new Date('2026-11-30T07:00:00Z') });
    expect(byId.get(opened.id)).toMatchObject({
      state_id: 'vote',
      awaiting: { body: 'plenary' },
      label: 'Beschluss: "Süd"',
      due_at: new Date('2026-12-10T17:00:00Z'),
      closed_at: null,
    });
    expect(byId.get(fleeting.id)).toMatchObject({ closed_at: new Date('2026-11-30T10:05:00Z') });
    // The new tasks went out in the statement that wrote the transition.
    const event = await sql.query(
      'select cmin::text as statement from audit_event where process_id = $1 and seq = 1',
      [instance.id],
    );
    expect(byId.get(opened.id)?.statement).toBe(event.rows[0].statement);
  });

  it('writes transitions behind in one statement, before the next statement of the transaction reads', async () => {
    const started = freshInstance();
    const existing = freshInstance();
    await em().transactional((tx) => writeTransition(tx, existing, transition(existing, 0)));

    const seen = await em().transactional((tx) =>
      withTransitionsWrittenBehind(tx, async () => {
        const locked = await lockInstance(tx, existing.id);
        await writeTransition(tx, started, transition(started, 0));
        const next = { ...started, version: 2, state: 'sent', auditHead: '1'.repeat(64) };
        await writeTransition(tx, next, transition(next, 1));
        await writeTransition(tx, { ...locked, version: 2, status: 'done' }, transition(locked, 1));
        // An ORM read on the same connection: the held transitions go out ahead of it.
        return tx.execute<{ id: string; version: number; state: unknown; status: string }[]>(
          'select id, version, state, status from process_instance where id in (?, ?) order by version, id',
          [started.id, existing.id],
        );
      }),
    );

    expect(seen.map(({ id, version, state, status }) => ({ id, version, state, status }))).toEqual(
      expect.arrayContaining([
        { id: started.id, version: 2, state: 'sent', status: 'active' },
        { id: existing.id, version: 2, state: 'draft', status: 'done' },
      ]),
    );
    // Rows written by one statement of a transaction carry the same command id (cmin).
    const { rows } = await sql.query(
      `select process_id, seq, cmin::text as statement from audit_event
       where process_id = any($1) and (process_id = $2 or seq > 0) order by process_id, seq`,
      [[started.id, existing.id], started.id],
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row: { statement: string }) => row.statement)).size).toBe(1);
  });

  it("writes the decisions and their NOTIFY in a statement of their own, right after the batch's held writes", async () => {
    const instance = freshInstance();
    const queued = command(instance.id, null);
    await insertQueuedCommands(em(), [queued]);
    const listener = await app.sql();
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    await listener.query('listen engine_rows_batch_test');
    const opened: Task = {
      id: randomUUID(),
      processId: instance.id,
      stateId: 'draft',
      awaiting: { body: 'steering' },
      commandTypes: ['STEERING_DECISION'],
      label: null,
      openedAt: new Date('2026-11-30T08:00:00Z'),
      dueAt: null,
      closedAt: null,
    };

    await em().transactional((tx) =>
      withTransitionsWrittenBehind(tx, async () => {
        const [locked] = (await lockBatch(tx, [queued.id])).commands;
        await writeTransition(tx, instance, transition(instance, 0));
        await writeTaskChanges(tx, { opened: [opened], closed: [] });
        Object.assign(locked, { status: 'applied', decidedAt: new Date('2026-11-30T09:00:00.000Z') });
        await recordDecisions(tx, [locked], 'engine_rows_batch_test', ['angewendet']);
      }),
    );

    const { rows } = await sql.query(
      `select (select cmin::text from audit_event where process_id = $1) as event,
              (select cmin::text from task where id = $2) as task,
              (select cmin::text from command where id = $3) as decision,
              (select status from command where id = $3) as status`,
      [instance.id, opened.id, queued.id],
    );
    expect(rows[0].status).toBe('applied');
    expect(rows[0].task).toBe(rows[0].event);
    expect(Number(rows[0].decision)).toBe(Number(rows[0].event) + 1);
    await waitFor(async () => heard.length > 0, { what: 'the NOTIFY of the decision' });
    expect(heard).toEqual(['angewendet']);
  });

  it('voids the timers a transition cancelled with its write; one the unit of work has yet to insert is voided there', async () => {
    const instance = freshInstance();
    await em().transactional((tx) => writeTransition(tx, instance, transition(instance, 0)));
    const [cancelled, kept, fired] = [randomUUID(), randomUUID(), randomUUID()];
    await sql.query(
      `insert into timer (id, process_id, action_id, process_version, event, due_at, status, created_at)
       select id, $4::uuid, action_id, 1, '{"type":"DUE"}', now(), status, now()
       from unnest($1::uuid[], $2::text[], $3::text[]) as t(id, action_id, status)`,
      [[cancelled, kept, fired], ['a', 'b', 'c'], ['pending', 'pending', 'fired'], instance.id],
    );
    const later = { ...instance, version: 2, auditHead: '1'.repeat(64) };
    const created = randomUUID();

    await em().transactional((tx) =>
      withTransitionsWrittenBehind(tx, async () => {
        tx.create(Timer, {
          id: created,
          processId: instance.id,
          actionId: 'd',
          processVersion: 2,
          event: { type: 'DUE' },
          dueAt: new Date('2026-12-01T08:00:00Z'),
          status: 'pending',
          commandId: null,
          firedAt: null,
          createdAt: new Date('2026-11-30T09:00:00Z'),
        });
        await writeTransition(tx, later, transition(later, 1));
        for (const actionId of ['a', 'c', 'd']) await voidTimer(tx, { processId: instance.id, actionId });
        await tx.flush();
      }),
    );

    const { rows } = await sql.query(
      `select id, status, cmin::text as statement from timer where process_id = $1`,
      [instance.id],
    );
    const status = Object.fromEntries(
      rows.map((row: { id: string; status: string }) => [row.id, row.status]),
    );
    expect(status).toEqual({
      [cancelled]: 'voided',
      [kept]: 'pending',
      [fired]: 'fired',
      [created]: 'voided',
    });
    const event = await sql.query(
      'select cmin::text as statement from audit_event where process_id = $1 and seq = 1',
      [instance.id],
    );
    // Voided in the statement that wrote the transition (the same command id, cmin).
    expect(rows.find((row: { id: string }) => row.id === cancelled).statement).toBe(event.rows[0].statement);
  });

  it('ends the transaction with the error of a failed write behind, not with the aborted statement after it', async () => {
    const instance = freshInstance();
    const event = transition(instance, 0);
    const failed = await em()
      .transactional((tx) =>
        withTransitionsWrittenBehind(tx, async () => {
          await writeTransition(tx, instance, event);
          await writeTransition(tx, { ...instance, version: 2 }, { ...event, seq: 1 });
          await tx.execute('select 1');
        }),
      )
      .catch((error: unknown) => error);

    expect(isUniqueViolation(failed)).toBe(true);
    const { rows } = await sql.query('select count(*)::int as n from process_instance where id = $1', [
      instance.id,
    ]);
    expect(rows[0].n).toBe(0);
    // The connection goes back to the pool as it was: a later transaction writes at once again.
    await em().transactional((tx) => writeTransition(tx, instance, transition(instance, 0)));
    const again = await sql.query('select count(*)::int as n from process_instance where id = $1', [
      instance.id,
    ]);
    expect(again.rows[0].n).toBe(1);
  });

  it('leaves nothing behind when the transaction rolls back', async () => {
    const instance = freshInstance();
    const failed = await em()
      .transactional(async (tx) => {
        await writeTransition(tx, instance, transition(instance, 0));
        throw new Error('effect failed');
      })
      .catch((error: Error) => error.message);

    expect(failed).toBe('effect failed');
    const { rows } = await sql.query(
      `select (select count(*) from process_instance where id = $1)::int as instances,
              (select count(*) from audit_event where process_id = $1)::int as events`,
      [instance.id],
    );
    expect(rows[0]).toEqual({ instances: 0, events: 0 });
  });

  async function user(personId: string | null, roles: string[]): Promise<string> {
    const id = randomUUID();
    await sql.query(
      `insert into app_user (id, email, password_hash, person_id, roles, created_at, updated_at)
       values ($1, $2, 'x', $3, $4, now(), now())`,
      [id, `${id}@praeventionsrat.test`, personId, JSON.stringify(roles)],
    );
    return id;
  }

  it('reads the actors of commands as the data says now, in the order asked, a deleted account as null', async () => {
    const personId = randomUUID();
    const [member, office, deleted] = [
      await user(personId, []),
      await user(null, ['coordination']),
      await user(null, ['viewer']),
    ];
    await sql.query('delete from app_user where id = $1', [deleted]);
    const resolver = app.api.get<symbol, ActorResolver>(ACTOR_RESOLVER);
    const fork = em();

    const actors = await resolver.resolveMany(fork, [
      { type: 'user', userId: office },
      { type: 'system', reason: 'timer' },
      { type: 'user', userId: deleted },
      { type: 'user', userId: member },
      { type: 'user', userId: office },
    ]);

    expect(actors).toEqual([
      { type: 'user', userId: office, personId: null, roles: ['coordination'] },
      { type: 'system', reason: 'timer' },
      null,
      { type: 'user', userId: member, personId, roles: [] },
      { type: 'user', userId: office, personId: null, roles: ['coordination'] },
    ]);
    // Inside a transaction it reads on the transaction's connection and leaves the unit of work empty.
    await fork.transactional(async (tx) => {
      await sql.query(`update app_user set roles = '["viewer"]' where id = $1`, [office]);
      expect(await resolver.resolve(tx, { type: 'user', userId: office })).toMatchObject({
        roles: ['viewer'],
      });
      expect(tx.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    });
  });
});
