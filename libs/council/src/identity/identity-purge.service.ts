import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LoginAttempt } from './login-attempt.entity';
import { Session } from './session.entity';

/** Login attempts are kept this long (the limits look back 15 minutes; the rest is for investigating). */
export const LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes old login attempts and ended sessions; the worker's sweep runs it. */
@Injectable()
export class IdentityPurge {
  constructor(private readonly em: EntityManager) {}

  async purge(now = new Date()): Promise<{ attempts: number; sessions: number }> {
    const em = this.em.fork();
    const attempts = await em.nativeDelete(LoginAttempt, {
      at: { $lt: new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS) },
    });
    const sessions = await em.nativeDelete(Session, {
      $or: [{ expiresAt: { $lt: now } }, { revokedAt: { $ne: null } }],
    });
    return { attempts, sessions };
  }
}
