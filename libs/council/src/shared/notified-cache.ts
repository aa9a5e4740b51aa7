import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CommandWaiter } from '@gremium/workflow';

// Per cache class, the cache of each database the process reaches (tests run several apps in one process).
const registries = new WeakMap<object, WeakMap<object, NotifiedCache<unknown>>>();

/**
 * Reads an API process keeps until a trigger NOTIFYs `channel` (delivered at commit). It is heard on the
 * connection that hears the commands' decisions, so a command that changed what was read is answered only
 * after the cache forgot it. While not listening nothing is kept, and reconnecting drops all, since changes
 * may have been missed. A read still running when a change arrives is dropped with the rest, so it is not
 * served again.
 */
export abstract class NotifiedCache<V> implements OnModuleInit, OnModuleDestroy {
  private readonly byKey = new Map<string, Promise<V>>();
  private listening = false;

  protected constructor(
    protected readonly em: EntityManager,
    waiter: CommandWaiter,
    channel: string,
    private readonly maxSize: number,
  ) {
    waiter.listen(channel, {
      notified: () => this.forget(),
      reset: (listening) => {
        this.listening = listening;
        this.byKey.clear();
      },
    });
  }

  /** The cache of this class for the database `em` reaches, where the process keeps one (the API). */
  static of<C extends NotifiedCache<unknown>>(
    this: abstract new (...args: never[]) => C,
    em: EntityManager,
  ): C | undefined {
    return registries.get(this)?.get(em.getDriver()) as C | undefined;
  }

  onModuleInit(): void {
    let caches = registries.get(this.constructor);
    if (!caches) registries.set(this.constructor, (caches = new WeakMap()));
    caches.set(this.em.getDriver(), this);
  }

  onModuleDestroy(): void {
    registries.get(this.constructor)?.delete(this.em.getDriver());
  }

  /** Drops everything: a change this process made is forgotten at once, not only when the NOTIFY arrives. */
  forget(): void {
    this.byKey.clear();
  }

  /** The value of `key` as kept, or as `read` gives it; a value `keep` refuses is read again next time. */
  protected cached(
    key: string,
    read: () => Promise<V>,
    keep: (value: V) => boolean = () => true,
  ): Promise<V> {
    if (!this.listening) return read();
    let value = this.byKey.get(key);
    if (!value) {
      if (this.byKey.size >= this.maxSize) this.byKey.delete(this.byKey.keys().next().value!);
      const fresh = read();
      const drop = () => {
        if (this.byKey.get(key) === fresh) this.byKey.delete(key);
      };
      fresh.then((found) => keep(found) || drop(), drop);
      this.byKey.set(key, fresh);
      value = fresh;
    }
    return value;
  }
}
