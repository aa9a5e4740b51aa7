import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../entities/audit-event.entity';
import type { DefinitionRegistry } from '../definition/definition-registry';
import { ProcessInstance } from '../entities/process-instance.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { canonicalJson } from './canonical-json';
import { replay } from './replay';

export interface ChainReport {
  valid: boolean;
  count: number;
  brokenAtSeq: number | null;
  /** Why the chain is not valid: a changed or missing event, or events missing at the end. */
  problem: 'hash-mismatch' | 'truncated' | 'no-process' | null;
}

/**
 * Recomputes a process's hash chain from its stored events and compares its length and head with the
 * process row (its version counts the transitions, its auditHead is the newest hash): an event deleted
 * from the end leaves a chain that is consistent in itself but shorter than the process says.
 */
export async function verifyChain(em: EntityManager, processId: string): Promise<ChainReport> {
  const [instance, events] = await Promise.all([
    em.findOne(ProcessInstance, processId, { disableIdentityMap: true }),
    eventsOf(em, processId),
  ]);
  return checkChain(instance, events);
}

const eventsOf = (em: EntityManager, processId: string) =>
  em.find(AuditEvent, { processId }, { orderBy: { seq: 'asc' }, disableIdentityMap: true });

function checkChain(instance: ProcessInstance | null, events: readonly AuditEvent[]): ChainReport {
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
      return { valid: false, count: events.length, brokenAtSeq: event.seq, problem: 'hash-mismatch' };
    }
    prev = event.hash;
  }
  if (!instance) return { valid: false, count: events.length, brokenAtSeq: null, problem: 'no-process' };
  if (events.length !== instance.version || prev !== instance.auditHead) {
    return { valid: false, count: events.length, brokenAtSeq: events.length, problem: 'truncated' };
  }
  return { valid: true, count: events.length, brokenAtSeq: null, problem: null };
}

export interface ProcessReport extends ChainReport {
  /** Whether replaying the events through the machine (across migrations) gives the stored instance. */
  replayMatches: boolean;
}

/** The chain's hashes and a replay of its events against the stored state, context and version. */
export async function verifyProcess(
  em: EntityManager,
  registry: DefinitionRegistry,
  instance: ProcessInstance,
): Promise<ProcessReport> {
  const events = await eventsOf(em, instance.id);
  return { ...checkChain(instance, events), replayMatches: replayMatches(registry, instance, events) };
}

function replayMatches(
  registry: DefinitionRegistry,
  instance: ProcessInstance,
  events: readonly AuditEvent[],
): boolean {
  try {
    const replayed = replay(
      (version) => registry.get(instance.definitionKey, version),
      instance.definitionVersion,
      events,
    );
    return (
      replayed.version === instance.version &&
      replayed.definitionVersion === instance.definitionVersion &&
      canonicalJson(replayed.state) === canonicalJson(instance.state) &&
      canonicalJson(replayed.context) === canonicalJson(instance.context)
    );
  } catch {
    // Events the machine cannot take (e.g. altered by hand) do not reproduce the instance.
    return false;
  }
}
