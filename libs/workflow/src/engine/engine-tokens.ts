import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, ActorRef } from '../definition/actor';

/** Supplied by the domain: turns a stored actor reference into the actor as the data says it is now. */
export interface ActorResolver {
  resolve(em: EntityManager, ref: ActorRef): Promise<Actor | null>;
  /** The same for several references with one read: one answer per reference, in order. */
  resolveMany(em: EntityManager, refs: readonly ActorRef[]): Promise<(Actor | null)[]>;
}

export const ACTOR_RESOLVER = Symbol('ACTOR_RESOLVER');
