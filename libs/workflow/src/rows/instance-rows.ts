import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessInstance } from '../entities/process-instance.entity';
import type { AuditEvent } from '../entities/audit-event.entity';
import { Task } from '../entities/task.entity';
import {
  dateOf,
  jsonOrNull,
  runStatement,
  transactionConnection,
  type PgConnection,
  type Statement,
} from './pg-client';
import { TASK_WRITES, taskParams, type TaskChanges } from './task-rows';

/** The columns of a process as `instanceOf` reads them. */
export const INSTANCE_COLUMNS = `id, definition_key, definition_version, state, context, status, subject_type, subject_id,
  parent_id, start_key, version, audit_head, created_at, updated_at`;

const READ: Statement = {
  name: 'gremium_instance_read',
  text: `select ${INSTANCE_COLUMNS} from process_instance where id = any($1::uuid[])`,
};

export interface InstanceRow {
  id: string;
  definition_key: string;
  definition_version: number;
  state: unknown;
  context: Record<string, unknown>;
  status: ProcessInstance['status'];
  subject_type: string | null;
  subject_id: string | null;
  parent_id: string | null;
  start_key: string | null;
  version: number;
  audit_head: string;
  created_at: Date | string;
  updated_at: Date | string;
}

/** The named instances as committed, without locks and outside the unit of work: for reading only. */
export async function readInstances(em: EntityManager, ids: readonly string[]): Promise<ProcessInstance[]> {
  return (await runStatement<InstanceRow>(em, READ, [[...ids]])).map((row) => instanceOf(em, row));
}

export function instanceOf(em: EntityManager, row: InstanceRow): ProcessInstance {
  return {
    id: row.id,
    definitionKey: row.definition_key,
    definitionVersion: row.definition_version,
    state: row.state,
    context: row.context,
    status: row.status,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    parentId: row.parent_id,
    startKey: row.start_key,
    version: row.version,
    auditHead: row.audit_head,
    createdAt: dateOf(em, row.created_at),
    updatedAt: dateOf(em, row.updated_at),
  };
}

/**
 * A group of transitions, one round trip: each one's audit event appended to its chain, every process as it
 * stands after its last transition of the group (inserted when the group began it), an ended process's
 * pending timers voided, and the tasks the transitions closed and opened. Constraints are checked at the
 * end of the statement, so an event or a task may name a process the same statement inserts. The rows are found by `= any` on the ids, not only through the join:
 * a plan cached while the tables were small would otherwise go on scanning them whole.
 */
const WRITE_TRANSITIONS: Statement = {
  name: 'gremium_transitions_write',
  text: `with t as (
  select * from unnest($1::uuid[], $2::uuid[], $3::integer[], $4::text[], $5::uuid[], $6::jsonb[], $7::jsonb[],
    $8::jsonb[], $9::jsonb[], $10::integer[], $11::timestamptz[], $12::text[], $13::text[], $14::integer[],
    $15::jsonb[], $16::text[], $17::text[], $18::uuid[], $19::timestamptz[], $20::text[], $21::uuid[],
    $22::text[], $23::timestamptz[], $24::jsonb[])
    as t(id, process_id, seq, type, command_id, actor, event, state_before, state_after, version, at, prev_hash,
      hash, definition_version, context, status, subject_type, subject_id, updated_at, definition_key, parent_id,
      start_key, created_at, state)
),
${TASK_WRITES(25)},
appended as (
  insert into audit_event (id, process_id, seq, type, command_id, actor, event, state_before, state_after,
    version, at, prev_hash, hash)
  select id, process_id, seq, type, command_id, actor, event, state_before, state_after, version, at, prev_hash,
    hash from t
),
latest as (
  select distinct on (process_id) t.*, min(seq) over (partition by process_id) = 0 as created
  from t order by process_id, seq desc
),
voided as (
  update timer set status = 'voided' from latest
  where timer.process_id = any($2::uuid[]) and timer.process_id = latest.process_id and timer.status = 'pending'
    and latest.status = 'done'
),
inserted as (
  insert into process_instance (id, definition_key, definition_version, state, context, status, subject_type,
    subject_id, parent_id, start_key, version, audit_head, created_at, updated_at)
  select process_id, definition_key, definition_version, state, context, status, subject_type, subject_id,
    parent_id, start_key, version, hash, created_at, updated_at
  from latest where created
)
update process_instance p set definition_version = l.definition_version, state = l.state,
  context = l.context, status = l.status, subject_type = l.subject_type, subject_id = l.subject_id,
  version = l.version, audit_head = l.hash, updated_at = l.updated_at
from latest l where p.id = any($2::uuid[]) and p.id = l.process_id and not l.created`,
};

/** One transition's parameters of WRITE_TRANSITIONS, taken when it happens (the instance changes on). */
function transitionRow(instance: ProcessInstance, event: AuditEvent): unknown[] {
  return [
    event.id,
    event.processId,
    event.seq,
    event.type,
    event.commandId,
    JSON.stringify(event.actor),
    JSON.stringify(event.event),
    jsonOrNull(event.stateBefore),
    JSON.stringify(event.stateAfter),
    event.version,
    event.at,
    event.prevHash,
    event.hash,
    instance.definitionVersion,
    JSON.stringify(instance.context),
    instance.status,
    instance.subjectType,
    instance.subjectId,
    instance.updatedAt,
    instance.definitionKey,
    instance.parentId,
    instance.startKey,
    instance.createdAt,
    JSON.stringify(instance.state),
  ];
}

const TRANSITION_COLUMNS = 24;

/** The statement's parameters: one array per transition column, one element per transition; then the tasks'. */
function writeParams(transitions: readonly unknown[][], tasks: TaskChanges): unknown[] {
  const columns = Array.from({ length: TRANSITION_COLUMNS }, (_, column) =>
    transitions.map((row) => row[column]),
  );
  return [...columns, ...taskParams(tasks.opened, tasks.closed)];
}

/** The transitions and task changes of a transaction not yet written, and the first error writing them met. */
class WrittenBehind {
  private transitions: unknown[][] = [];
  private opened: Task[] = [];
  private closed: Task[] = [];
  failure: unknown = null;

  get empty(): boolean {
    return this.transitions.length + this.opened.length + this.closed.length === 0;
  }

  hold(transition: unknown[] | null, tasks: TaskChanges | null): void {
    if (transition) this.transitions.push(transition);
    if (tasks) {
      this.opened.push(...tasks.opened);
      this.closed.push(...tasks.closed);
    }
  }

  /** The parameters for everything held, which is then no longer held. */
  take(): unknown[] {
    const params = writeParams(this.transitions, { opened: this.opened, closed: this.closed });
    this.transitions = [];
    this.opened = [];
    this.closed = [];
    return params;
  }
}

const behind = new WeakMap<object, WrittenBehind>();

/**
 * Runs `work` in the transaction of `em` with its transitions written behind: they are held and written
 * together, in one statement, just before the next statement of any kind goes out on the transaction's
 * connection, and at the end. Whatever runs in between (a rule, an effect, the ORM) reads through that
 * same connection, and PostgreSQL takes its statements in the order they are sent, so every read in the
 * transaction still sees each transition, as if it had been written at once.
 */
export async function withTransitionsWrittenBehind<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  const transaction = em.getTransactionContext<object>();
  if (!transaction) throw new Error('transitions are written behind only inside a transaction');
  const buffer = new WrittenBehind();
  const connection = await transactionConnection(em);
  const own = Object.hasOwn(connection, 'query');
  const send = connection.query;
  const write = () => send.call(connection, { ...WRITE_TRANSITIONS, values: buffer.take() });
  const writeAhead = () => {
    if (buffer.empty) return;
    write().catch((error: unknown) => {
      buffer.failure ??= error;
    });
  };
  connection.query = function (this: PgConnection, ...args: Parameters<PgConnection['query']>) {
    writeAhead();
    return send.apply(this, args);
  };
  behind.set(transaction, buffer);
  try {
    const result = await work();
    if (!buffer.empty) await write();
    if (buffer.failure) throw buffer.failure;
    return result;
  } catch (error) {
    // A statement after a failed write reports only that the transaction is aborted: the cause is the write.
    throw buffer.failure ?? error;
  } finally {
    behind.delete(transaction);
    if (own) connection.query = send;
    else delete (connection as Partial<PgConnection>).query;
  }
}

/**
 * Writes a transition in the transaction of `em`: the new instance (its first event) or the changed one, and
 * the event appended to its chain; an instance that has ended has no pending timers afterwards. Inside
 * `withTransitionsWrittenBehind` it is held until the next statement. A copy of the instance the unit of
 * work holds (an effect read it) is dropped from it, so a later read in the transaction sees the row as
 * written here.
 */
export async function writeTransition(
  em: EntityManager,
  instance: ProcessInstance,
  event: AuditEvent,
): Promise<void> {
  await write(em, transitionRow(instance, event), null);
  const held = em.getUnitOfWork().getById<ProcessInstance>(ProcessInstance.name, instance.id);
  if (held && held !== instance) em.getUnitOfWork().unsetIdentity(held);
}

/**
 * Writes the tasks a transition opened and closed, as `writeTransition` writes the transition (held inside
 * `withTransitionsWrittenBehind`). The tasks are the caller's objects, not the unit of work's; a copy the
 * unit of work holds (a rule read it, the scheduler dated it) is closed with them, so a later read in the
 * transaction does not see it open.
 */
export async function writeTaskChanges(em: EntityManager, changes: TaskChanges): Promise<void> {
  if (changes.opened.length + changes.closed.length === 0) return;
  await write(em, null, changes);
  for (const task of changes.closed) {
    const held = em.getUnitOfWork().getById<Task>(Task.name, task.id);
    if (held && held !== task) held.closedAt = task.closedAt;
  }
}

async function write(
  em: EntityManager,
  transition: unknown[] | null,
  tasks: TaskChanges | null,
): Promise<void> {
  const transaction = em.getTransactionContext<object>();
  const buffer = (transaction && behind.get(transaction)) || null;
  if (buffer) return buffer.hold(transition, tasks);
  const once = new WrittenBehind();
  once.hold(transition, tasks);
  await runStatement(em, WRITE_TRANSITIONS, once.take());
}
