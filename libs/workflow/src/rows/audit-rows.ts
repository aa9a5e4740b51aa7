import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEvent } from '../entities/audit-event.entity';
import { jsonOrNull, runStatement, type Statement } from './pg-client';

const INSERT_AUDIT_EVENT: Statement = {
  name: 'gremium_audit_event_insert',
  text: `insert into audit_event
  (id, process_id, seq, type, command_id, actor, event, state_before, state_after, version, at, prev_hash, hash)
values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12, $13)`,
};

/** Appends one event to a process's chain, in the transaction of `em` (the table refuses updates). */
export async function insertAuditEvent(em: EntityManager, event: AuditEvent): Promise<void> {
  await runStatement(em, INSERT_AUDIT_EVENT, [
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
  ]);
}
