import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, ActorRef } from '../definition/actor';
import type { Task } from '../entities/task.entity';

/** Supplied by the domain: turns a stored actor reference into the actor as the data says it is now. */
export interface ActorResolver {
  resolve(em: EntityManager, ref: ActorRef): Promise<Actor | null>;
  /** The same for several references with one read: one answer per reference, in order. */
  resolveMany(em: EntityManager, refs: readonly ActorRef[]): Promise<(Actor | null)[]>;
}

export const ACTOR_RESOLVER = Symbol('ACTOR_RESOLVER');

/** Optional, supplied by the domain: sets `dueAt` on tasks just opened, inside the transition's transaction. */
export interface TaskScheduler {
  schedule(em: EntityManager, tasks: readonly Task[], now: Date): Promise<void>;
}

export const TASK_SCHEDULER = Symbol('TASK_SCHEDULER');
