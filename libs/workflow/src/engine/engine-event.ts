import { randomUUID } from 'node:crypto';
import type { Actor } from '../definition/actor';
import type { EngineEvent } from '../definition/process-definition';

export function eventActor(actor: Actor): EngineEvent['actor'] {
  return actor.type === 'user'
    ? { type: 'user', userId: actor.userId, personId: actor.personId }
    : { type: 'system' };
}

export function buildEvent(
  type: string,
  payload: Record<string, unknown>,
  actor: Actor,
  now: Date,
  facts: Record<string, unknown>,
): EngineEvent {
  return { type, payload, now: now.getTime(), actor: eventActor(actor), newId: randomUUID(), facts };
}
