import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandWaiter } from '@gremium/workflow';
import { NotifiedCache } from '../shared/notified-cache';
import type { Composition } from './composition';
import { steeringGroupOn } from './steering-group.repository';

/** NOTIFYed (at commit) by every statement on working_group, appointment, coordination_assignment, moderator_tenure. */
export const STEERING_FACTS_CHANGED_CHANNEL = 'steering_facts_changed';
const MAX_DATES = 8;

/**
 * The steering group on a date for the API's checks and views: cached where the process keeps a cache (the
 * API) and the caller reads outside a transaction. A transaction (the worker's) always reads its own data,
 * so the worker decides on what it has locked and written.
 */
export function steeringGroupForChecks(em: EntityManager, date: string): Promise<Composition> {
  const cache = em.isInTransaction() ? undefined : SteeringGroupCache.of(em);
  return cache ? cache.on(date) : steeringGroupOn(em, date);
}

/**
 * A write of this process outside the worker: the cache forgets at once, not only when the NOTIFY arrives
 * (the next request of the same client may come first).
 */
export function forgetSteeringGroups(em: EntityManager): void {
  SteeringGroupCache.of(em)?.forget();
}

/** Compositions by Berlin date (one costs four statements), dropped in every API process when a fact changes. */
@Injectable()
export class SteeringGroupCache extends NotifiedCache<Composition> {
  constructor(em: EntityManager, waiter: CommandWaiter) {
    super(em, waiter, STEERING_FACTS_CHANGED_CHANNEL, MAX_DATES);
  }

  on(date: string): Promise<Composition> {
    return this.cached(date, () => steeringGroupOn(this.em.fork(), date));
  }
}
