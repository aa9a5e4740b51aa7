import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandWaiter } from '@gremium/workflow';
import { NotifiedCache } from '../shared/notified-cache';

/** NOTIFYed (at commit) by every change of a row of `session` or `app_user`. */
export const SESSIONS_CHANGED_CHANNEL = 'sessions_changed';
const MAX_SESSIONS = 10_000;

/** A live session as read, with its user's row: what the cache keeps (never a shared entity). */
export interface SessionRead<Row> {
  row: Row;
  expiresAt: Date;
}

type Read<Row> = Promise<SessionRead<Row> | null>;

/**
 * A change of sessions or accounts this process made: its cache forgets at once, not only when the NOTIFY
 * arrives (the same client's next request may come first).
 */
export function forgetSessions(em: EntityManager): void {
  SessionCache.of(em)?.forget();
}

/**
 * Live sessions by token hash, so that a request costs no read of its session: dropped in every API process
 * when a session or an account changes (see `NotifiedCache`). Expiry is checked on every use. Unknown tokens
 * are not kept.
 */
@Injectable()
export class SessionCache extends NotifiedCache<SessionRead<unknown> | null> {
  constructor(em: EntityManager, waiter: CommandWaiter) {
    super(em, waiter, SESSIONS_CHANGED_CHANNEL, MAX_SESSIONS);
  }

  /** The session of `hash` as `read` gives it, from the cache where it is there and still live at `now`. */
  async session<Row>(hash: string, now: Date, read: () => Read<Row>): Promise<SessionRead<Row> | null> {
    const found = (await this.cached(hash, read, (session) => session !== null)) as SessionRead<Row> | null;
    return found && found.expiresAt > now ? found : null;
  }
}
