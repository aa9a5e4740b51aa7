import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessInstance } from '../entities/process-instance.entity';
import type { AuditEvent } from '../entities/audit-event.entity';
import {
  dateOf,
  jsonOrNull,
  runStatement,
  transactionConnection,
  type PgConnection,
  type Statement,
} from './pg-client';

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
 * stands after its last transition of the group (inserted when the group began it), and an ended process's
 * pending timers voided. Constraints are checked at the end of the statement, so an event may name a
 * process the same statement inserts. The rows are found by `= any` on the ids, not only through the join:
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

/** The statement's parameters: one array per column, one element per transition. */
function columnsOf(rows: readonly unknown[][]): unknown[][] {
  return rows[0].map((_, column) => rows.map((row) => row[column]));
}

/** The transitions of a transaction not yet written, and the first error writing them met. */
class WrittenBehind {
  readonly pending: unknown[][] = [];
  failure: unknown = null;
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
  const write = () =>
    send.call(connection, { ...WRITE_TRANSITIONS, values: columnsOf(buffer.pending.splice(0)) });
  const writeAhead = () => {
    if (buffer.pending.length === 0) return;
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
    if (buffer.pending.length > 0) await write();
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
  const row = transitionRow(instance, event);
  const transaction = em.getTransactionContext<object>();
  const buffer = transaction && behind.get(transaction);
  if (buffer) buffer.pending.push(row);
  else await runStatement(em, WRITE_TRANSITIONS, columnsOf([row]));
  const held = em.getUnitOfWork().getById<ProcessInstance>(ProcessInstance.name, instance.id);
  if (held && held !== instance) em.getUnitOfWork().unsetIdentity(held);
}
