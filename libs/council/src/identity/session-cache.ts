import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandWaiter } from '@gremium/workflow';

/** NOTIFYed (at commit) by every change of a row of `session` or `app_user`. */
export const SESSIONS_CHANGED_CHANNEL = 'sessions_changed';
const MAX_SESSIONS = 10_000;

/** A live session as read, with its user's row: what the cache keeps (never a shared entity). */
export interface SessionRead<Row> {
  row: Row;
  expiresAt: Date;
}

type Read<Row> = Promise<SessionRead<Row> | null>;

// The cache of each database the process reaches (tests run several apps in one process).
const caches = new WeakMap<object, SessionCache>();

/** The cache of the process `em` belongs to, where it keeps one (the API). */
export function sessionCacheOf(em: EntityManager): SessionCache | undefined {
  return caches.get(em.getDriver());
}

/**
 * A change of sessions or accounts this process made: its cache forgets at once, not only when the NOTIFY
 * arrives (the same client's next request may come first).
 */
export function forgetSessions(em: EntityManager): void {
  caches.get(em.getDriver())?.forget();
}

/**
 * Live sessions by token hash, so that a request costs no read of its session: dropped in every API process
 * when a session or an account changes (a trigger NOTIFYs, heard on the connection that hears the commands'
 * decisions). Expiry is checked on every use. While not listening nothing is cached, and reconnecting drops
 * all, since changes may have been missed. Unknown tokens are not kept.
 */
@Injectable()
export class SessionCache implements OnModuleInit, OnModuleDestroy {
  private readonly byHash = new Map<string, Read<unknown>>();
  private listening = false;

  constructor(
    private readonly em: EntityManager,
    waiter: CommandWaiter,
  ) {
    waiter.listen(SESSIONS_CHANGED_CHANNEL, {
      // A read still running began before the change: dropping its promise keeps it from being served.
      notified: () => this.forget(),
      reset: (listening) => {
        this.listening = listening;
        this.byHash.clear();
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
    this.byHash.clear();
  }

  /** The session of `hash` as `read` gives it, from the cache where it is there and still live at `now`. */
  async session<Row>(hash: string, now: Date, read: () => Read<Row>): Promise<SessionRead<Row> | null> {
    if (!this.listening) return read();
    let session = this.byHash.get(hash) as Read<Row> | undefined;
    if (!session) {
      if (this.byHash.size >= MAX_SESSIONS) this.byHash.delete(this.byHash.keys().next().value!);
      const fresh = read();
      const drop = () => {
        if (this.byHash.get(hash) === fresh) this.byHash.delete(hash);
      };
      fresh.then((found) => found ?? drop(), drop);
      this.byHash.set(hash, fresh);
      session = fresh;
    }
    const found = await session;
    return found && found.expiresAt > now ? found : null;
  }
}
