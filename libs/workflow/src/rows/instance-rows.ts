import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProcessInstance } from '../entities/process-instance.entity';
import type { AuditEvent } from '../entities/audit-event.entity';
import { dateOf, jsonOrNull, runStatement, type Statement } from './pg-client';

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
 * The transition part of the batch write (`rows/write-behind.ts`), parameters `$1..$24`: each transition's
 * audit event appended to its chain, and every process as it stands after its last transition of the group
 * (inserted when the group began it), in `latest`. The rows are found by
 * `= any` on the ids, not only through the join: a plan cached while the tables were small would otherwise
 * go on scanning them whole.
 */
export const TRANSITION_WRITES = `t as (
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
inserted as (
  insert into process_instance (id, definition_key, definition_version, state, context, status, subject_type,
    subject_id, parent_id, start_key, version, audit_head, created_at, updated_at)
  select process_id, definition_key, definition_version, state, context, status, subject_type, subject_id,
    parent_id, start_key, version, hash, created_at, updated_at
  from latest where created
),
updated as (
  update process_instance p set definition_version = l.definition_version, state = l.state,
    context = l.context, status = l.status, subject_type = l.subject_type, subject_id = l.subject_id,
    version = l.version, audit_head = l.hash, updated_at = l.updated_at
  from latest l where p.id = any($2::uuid[]) and p.id = l.process_id and not l.created
)`;

/** One transition's parameters of `TRANSITION_WRITES`, taken when it happens (the instance changes on). */
export function transitionRow(instance: ProcessInstance, event: AuditEvent): unknown[] {
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

/** The transition part's parameters: one array per column, one element per transition. */
export function transitionParams(transitions: readonly unknown[][]): unknown[][] {
  return Array.from({ length: 24 }, (_, column) => transitions.map((row) => row[column]));
}
