import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MicroBatch, WorkflowError } from '@gremium/workflow';
import { LoginAttempt } from './login-attempt.entity';
import { hashPassword, verifyPassword } from './password';
import { Session } from './session.entity';
import { User } from './user.entity';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 10;

// Verifying against a real hash keeps unknown e-mails as slow as wrong passwords.
const DUMMY_HASH = hashPassword(randomUUID());

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sessions are opaque tokens stored server-side (only their hash); logins are rate-limited per e-mail. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  // Requests arriving while sessions are being looked up share the next lookup.
  private readonly sessionReads = new MicroBatch('authenticate', (hashes: string[]) => this.usersOf(hashes), {
    maxBatch: 64,
    maxRunning: 2,
  });

  constructor(private readonly em: EntityManager) {}

  async login(emailInput: string, password: string): Promise<{ user: User; token: string; expiresAt: Date }> {
    const em = this.em.fork();
    const email = emailInput.trim().toLowerCase();
    const now = new Date();
    const failures = await em.count(LoginAttempt, {
      email,
      success: false,
      at: { $gt: new Date(now.getTime() - LOGIN_WINDOW_MS) },
    });
    if (failures >= MAX_FAILED_LOGINS) {
      throw new WorkflowError(
        'RATE_LIMITED',
        'too many failed logins for this e-mail; try again in 15 minutes',
        undefined,
        'auth.too_many_attempts',
        { minutes: 15 },
      );
    }
    const user = await em.findOne(User, { email });
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    em.create(LoginAttempt, { id: randomUUID(), email, success: Boolean(user && valid), at: now });
    if (!user || !valid) {
      await em.flush();
      throw new WorkflowError(
        'UNAUTHENTICATED',
        'e-mail or password is wrong',
        undefined,
        'auth.wrong_credentials',
      );
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    em.create(Session, {
      id: randomUUID(),
      tokenHash: digest(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      revokedAt: null,
    });
    await em.flush();
    return { user, token, expiresAt };
  }

  authenticate(token: string): Promise<User | null> {
    return this.sessionReads.submit(digest(token));
  }

  private async usersOf(tokenHashes: string[]): Promise<(User | null)[]> {
    const em = this.em.fork();
    const sessions = await em.find(Session, {
      tokenHash: { $in: [...new Set(tokenHashes)] },
      revokedAt: null,
      expiresAt: { $gt: new Date() },
    });
    const userIds = [...new Set(sessions.map((session) => session.userId))];
    const users = userIds.length > 0 ? await em.find(User, { id: { $in: userIds } }) : [];
    const userByHash = new Map(
      sessions.map((session) => [session.tokenHash, users.find((user) => user.id === session.userId)]),
    );
    return tokenHashes.map((hash) => userByHash.get(hash) ?? null);
  }

  async logout(token: string): Promise<void> {
    await this.em
      .fork()
      .nativeUpdate(Session, { tokenHash: digest(token), revokedAt: null }, { revokedAt: new Date() });
  }

  /** On first start with no users, the coordination office's account comes from ADMIN_EMAIL/ADMIN_PASSWORD. */
  async bootstrapAdmin(admin: { email: string; password: string } | null): Promise<void> {
    const em = this.em.fork();
    if ((await em.count(User, {})) > 0) return;
    if (!admin) {
      this.logger.warn('no users exist and ADMIN_EMAIL/ADMIN_PASSWORD are not set: nobody can log in yet');
      return;
    }
    const now = new Date();
    em.create(User, {
      id: randomUUID(),
      email: admin.email.trim().toLowerCase(),
      passwordHash: await hashPassword(admin.password),
      personId: null,
      roles: ['coordination'],
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    this.logger.log(`created the coordination office's account ${admin.email}`);
  }
}
