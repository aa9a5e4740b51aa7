import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandWaiter } from '@gremium/workflow';
import type { Composition } from './composition';
import { steeringGroupOn } from './steering-group.repository';

/** NOTIFYed (at commit) by every statement on working_group, appointment, coordination_assignment, moderator_tenure. */
export const STEERING_FACTS_CHANGED_CHANNEL = 'steering_facts_changed';
const MAX_DATES = 8;

// The cache of each database the process reaches (tests run several apps in one process).
const caches = new WeakMap<object, SteeringGroupCache>();

/**
 * The steering group on a date for the API's checks and views: cached where the process keeps a cache (the
 * API) and the caller reads outside a transaction. A transaction (the worker's) always reads its own data,
 * so the worker decides on what it has locked and written.
 */
export function steeringGroupForChecks(em: EntityManager, date: string): Promise<Composition> {
  const cache = em.isInTransaction() ? undefined : caches.get(em.getDriver());
  return cache ? cache.on(date) : steeringGroupOn(em, date);
}

/**
 * A write of this process outside the worker: the cache forgets at once, not only when the NOTIFY arrives
 * (the next request of the same client may come first).
 */
export function forgetSteeringGroups(em: EntityManager): void {
  caches.get(em.getDriver())?.forget();
}

/**
 * Compositions by Berlin date (one costs four statements), dropped in every API process when a fact
 * changes: a trigger NOTIFYs, heard on the connection that hears the commands' decisions, so a command that
 * changed a fact is answered only after the cache forgot the old composition. While not listening nothing
 * is cached, and reconnecting drops all, since changes may have been missed.
 */
@Injectable()
export class SteeringGroupCache implements OnModuleInit, OnModuleDestroy {
  private readonly byDate = new Map<string, Promise<Composition>>();
  private listening = false;

  constructor(
    private readonly em: EntityManager,
    waiter: CommandWaiter,
  ) {
    waiter.listen(STEERING_FACTS_CHANGED_CHANNEL, {
      // A read still running began before the change: dropping its promise keeps it from being served.
      notified: () => this.forget(),
      reset: (listening) => {
        this.listening = listening;
        this.byDate.clear();
      },
    });
  }

  onModuleInit(): void {
    caches.set(this.em.getDriver(), this);
  }

  onModuleDestroy(): void {
    caches.delete(this.em.getDriver());
  }

  forget(): void {
    this.byDate.clear();
  }

  on(date: string): Promise<Composition> {
    if (!this.listening) return steeringGroupOn(this.em.fork(), date);
    let composition = this.byDate.get(date);
    if (!composition) {
      if (this.byDate.size >= MAX_DATES) this.byDate.delete(this.byDate.keys().next().value!);
      const read = steeringGroupOn(this.em.fork(), date);
      read.catch(() => {
        if (this.byDate.get(date) === read) this.byDate.delete(date);
      });
      this.byDate.set(date, read);
      composition = read;
    }
    return composition;
  }
}
