import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessInstance } from '../entities/process-instance.entity';
import type { AuditEvent } from '../entities/audit-event.entity';
import { dateOf, jsonOrNull, runStatement, type Statement } from './pg-client';

const COLUMNS = `id, definition_key, definition_version, state, context, status, subject_type, subject_id,
  parent_id, start_key, version, audit_head, created_at, updated_at`;

const LOCK: Statement = {
  name: 'gremium_instance_lock',
  // One statement, rows locked in id order: transactions sharing instances cannot deadlock on them.
  text: `select ${COLUMNS} from process_instance where id = any($1::uuid[]) order by id for update`,
};

const READ: Statement = {
  name: 'gremium_instance_read',
  text: `select ${COLUMNS} from process_instance where id = any($1::uuid[])`,
};

interface InstanceRow {
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

/** Locks the named instances for the deciding transaction and reads them (not into the unit of work). */
export async function lockInstances(em: EntityManager, ids: readonly string[]): Promise<ProcessInstance[]> {
  return (await runStatement<InstanceRow>(em, LOCK, [[...ids]])).map((row) => instanceOf(em, row));
}

/** The named instances as committed, without locks and outside the unit of work: for reading only. */
export async function readInstances(em: EntityManager, ids: readonly string[]): Promise<ProcessInstance[]> {
  return (await runStatement<InstanceRow>(em, READ, [[...ids]])).map((row) => instanceOf(em, row));
}

function instanceOf(em: EntityManager, row: InstanceRow): ProcessInstance {
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

const AUDIT_COLUMNS = `id, process_id, seq, type, command_id, actor, event, state_before, state_after, version, at,
    prev_hash, hash`;
const AUDIT_VALUES = `$1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12, $13`;

/**
 * A transition's writes, one round trip: the instance as it is now, the audit event appended for it, and,
 * when the process has ended, its pending timers voided.
 */
const UPDATE_WITH_EVENT: Statement = {
  name: 'gremium_instance_update_with_event',
  text: `with appended as (insert into audit_event (${AUDIT_COLUMNS}) values (${AUDIT_VALUES})),
voided as (update timer set status = 'voided' where process_id = $2 and status = 'pending' and $23::boolean)
update process_instance set definition_version = $14, state = $15::jsonb, context = $16::jsonb, status = $17,
  subject_type = $18, subject_id = $19, version = $20, audit_head = $21, updated_at = $22
where id = $2`,
};

const INSERT_WITH_EVENT: Statement = {
  name: 'gremium_instance_insert_with_event',
  text: `with appended as (insert into audit_event (${AUDIT_COLUMNS}) values (${AUDIT_VALUES}))
insert into process_instance (id, definition_version, state, context, status, subject_type, subject_id, version,
  audit_head, updated_at, definition_key, parent_id, start_key, created_at)
values ($2, $14, $15::jsonb, $16::jsonb, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)`,
};

function eventValues(event: AuditEvent): unknown[] {
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
  ];
}

/**
 * Writes a transition in the transaction of `em`: the new instance (its first event) or the changed one, and
 * the event appended to its chain; an instance that has ended has no pending timers afterwards. A copy of
 * the instance the unit of work holds (an effect read it) is dropped from it, so a later read in the
 * transaction sees the row as written here.
 */
export async function writeTransition(
  em: EntityManager,
  instance: ProcessInstance,
  event: AuditEvent,
): Promise<void> {
  // Parameters $14 to $22: what a transition changes, in the order both statements take them.
  const changed = [
    instance.definitionVersion,
    JSON.stringify(instance.state),
    JSON.stringify(instance.context),
    instance.status,
    instance.subjectType,
    instance.subjectId,
    instance.version,
    instance.auditHead,
    instance.updatedAt,
  ];
  if (event.seq === 0) {
    await runStatement(em, INSERT_WITH_EVENT, [
      ...eventValues(event),
      ...changed,
      instance.definitionKey,
      instance.parentId,
      instance.startKey,
      instance.createdAt,
    ]);
  } else {
    await runStatement(em, UPDATE_WITH_EVENT, [
      ...eventValues(event),
      ...changed,
      instance.status === 'done',
    ]);
  }
  const held = em.getUnitOfWork().getById<ProcessInstance>(ProcessInstance.name, instance.id);
  if (held && held !== instance) em.getUnitOfWork().unsetIdentity(held);
}
