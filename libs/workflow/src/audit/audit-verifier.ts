import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../entities/audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainReport {
  valid: boolean;
  count: number;
  brokenAtSeq: number | null;
}

/** Recomputes a process's hash chain from its stored events. */
export async function verifyChain(em: EntityManager, processId: string): Promise<ChainReport> {
  const events = await em.find(
    AuditEvent,
    { processId },
    { orderBy: { seq: 'asc' }, disableIdentityMap: true },
  );
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expected = auditHash(prev, {
      processId: event.processId,
      seq: event.seq,
      type: event.type,
      commandId: event.commandId,
      actor: event.actor,
      event: event.event,
      stateBefore: event.stateBefore,
      stateAfter: event.stateAfter,
      version: event.version,
      at: event.at,
    });
    if (event.seq !== index || event.prevHash !== prev || event.hash !== expected) {
      return { valid: false, count: events.length, brokenAtSeq: event.seq };
    }
    prev = event.hash;
  }
  return { valid: true, count: events.length, brokenAtSeq: null };
}
