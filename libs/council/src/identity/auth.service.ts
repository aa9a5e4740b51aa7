import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { dateOf, MicroBatch, runStatement, WorkflowError, type Statement } from '@gremium/workflow';
import { LoginAttempt, loginEmailHash } from './login-attempt.entity';
import { hashPassword, verifyPassword } from './password';
import { forgetSessions, SessionCache, type SessionRead } from './session-cache';
import { Session } from './session.entity';
import { User, type NotificationDelivery, type StoredRole } from './user.entity';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins per e-mail within the window before every further try for it is slowed down. */
export const MAX_FAILED_LOGINS = 10;
/** Failed logins per client address within the window before it is refused (429). */
export const MAX_FAILED_LOGINS_PER_IP = 20;
/** How long a login for an e-mail over its limit waits before the password is checked. */
export const THROTTLED_LOGIN_DELAY_MS = 2_000;

// Verifying against a real hash keeps unknown e-mails as slow as wrong passwords.
const DUMMY_HASH = hashPassword(randomUUID());

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LoginResult {
  user: User;
  token: string;
  expiresAt: Date;
}

/**
 * Sessions are opaque tokens stored server-side (only their hash). Logins are limited per client address
 * (hard: 429) and slowed per e-mail (a correct password still gets through, so nobody can lock the office
 * out by guessing its e-mail); see docs/security.md.
 */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  // Requests arriving while sessions are being looked up share the next lookup.
  private readonly sessionReads = new MicroBatch(
    'authenticate',
    (hashes: string[]) => this.sessionsOf(hashes),
    {
      maxBatch: 64,
      maxRunning: 2,
    },
  );

  constructor(private readonly em: EntityManager) {}

  async login(emailInput: string, password: string, ip: string): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    const now = new Date();
    const attempt = await this.throttle(email, ip, now);
    const em = this.em.fork();
    const user = await em.findOne(User, { email });
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !valid) {
      throw new WorkflowError(
        'UNAUTHENTICATED',
        'e-mail or password is wrong',
        { code: 'WRONG_CREDENTIALS' },
        'auth.wrong_credentials',
      );
    }
    await em.nativeUpdate(LoginAttempt, { id: attempt.id }, { success: true });
    return this.openSession(user, now);
  }

  /**
   * A logged-in user changes their own password: the current one is checked (and counted like a login,
   * so a stolen session cannot guess it), every other session of the account ends.
   */
  async changePassword(
    user: User,
    current: string,
    next: string,
    keepToken: string,
    ip: string,
  ): Promise<void> {
    const attempt = await this.throttle(user.email, ip, new Date());
    const em = this.em.fork();
    const stored = await em.findOneOrFail(User, user.id);
    if (!(await verifyPassword(stored.passwordHash, current))) {
      throw new WorkflowError('FORBIDDEN', 'the current password is wrong', { code: 'WRONG_PASSWORD' });
    }
    await em.nativeUpdate(LoginAttempt, { id: attempt.id }, { success: true });
    stored.passwordHash = await hashPassword(next);
    stored.updatedAt = new Date();
    await em.transactional(async (tx) => {
      tx.persist(stored);
      await tx.nativeUpdate(
        Session,
        { userId: user.id, tokenHash: { $ne: digest(keepToken) }, revokedAt: null },
        { revokedAt: new Date() },
      );
    });
    forgetSessions(em);
  }

  /** A session for a user whose identity was established elsewhere (password or single sign-on). */
  async openSession(user: User, now = new Date()): Promise<LoginResult> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.em.fork().insert(Session, {
      id: randomUUID(),
      tokenHash: digest(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      revokedAt: null,
    });
    return { user, token, expiresAt };
  }

  /** 429 for an address over its limit; a pause for an e-mail over its limit. */
  private async throttle(email: string, ip: string, now: Date) {
    const attempt = await this.countAttempt(email, ip, now);
    if (attempt.failuresFromIp > MAX_FAILED_LOGINS_PER_IP) {
      throw new WorkflowError(
        'RATE_LIMITED',
        'too many failed logins from this address; try again in 15 minutes',
        { code: 'LOGIN_RATE_LIMITED' },
      );
    }
    if (attempt.failuresForEmail > MAX_FAILED_LOGINS) await pause(THROTTLED_LOGIN_DELAY_MS);
    return attempt;
  }

  /**
   * Records the attempt as failed before anything is checked, then counts: an attempt that commits as
   * the k-th sees at least k rows, so however many run in parallel, no more than the limit get past.
   */
  private async countAttempt(email: string, ip: string, now: Date) {
    const id = randomUUID();
    const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
    const em = this.em.fork();
    const emailHash = loginEmailHash(email);
    await em.insert(LoginAttempt, { id, emailHash, ip, success: false, at: now });
    const [failuresForEmail, failuresFromIp] = await Promise.all([
      em.fork().count(LoginAttempt, { emailHash, success: false, at: { $gt: since } }),
      em.fork().count(LoginAttempt, { ip, success: false, at: { $gt: since } }),
    ]);
    return { id, failuresForEmail, failuresFromIp };
  }

  /** The user of a live session: from the process's session cache where it keeps one, else read. */
  async authenticate(token: string): Promise<User | null> {
    const hash = digest(token);
    const now = new Date();
    const read = () => this.sessionReads.submit(hash);
    const cache = SessionCache.of(this.em);
    const session = cache ? await cache.session(hash, now, read) : await read();
    return session ? userOf(this.em, session.row) : null;
  }

  /** Live sessions (not revoked, not expired) and their users in one statement. */
  private async sessionsOf(tokenHashes: string[]): Promise<(SessionRead<SessionUserRow> | null)[]> {
    const em = this.em.fork();
    const rows = await runStatement<SessionUserRow>(em, LIVE_SESSION_USERS, [
      [...new Set(tokenHashes)],
      new Date(),
    ]);
    const byHash = new Map(
      rows.map((row) => [row.session_token_hash, { row, expiresAt: dateOf(em, row.session_expires_at) }]),
    );
    return tokenHashes.map((hash) => byHash.get(hash) ?? null);
  }

  async logout(token: string): Promise<void> {
    const em = this.em.fork();
    await em.nativeUpdate(Session, { tokenHash: digest(token), revokedAt: null }, { revokedAt: new Date() });
    forgetSessions(em);
  }

  /**
   * On first start with no users, the coordination office's account comes from ADMIN_EMAIL/ADMIN_PASSWORD.
   * Replicas started together take turns under an advisory lock, so only the first creates it.
   */
  async bootstrapAdmin(admin: { email: string; password: string } | null): Promise<void> {
    const created = await this.em.fork().transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['gremium.bootstrap-admin']);
      if ((await em.count(User, {})) > 0) return false;
      if (!admin) {
        this.logger.warn('no users exist and ADMIN_EMAIL/ADMIN_PASSWORD are not set: nobody can log in yet');
        return false;
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
      return true;
    });
    if (created) this.logger.log(`created the coordination office's account ${admin?.email}`);
  }
}

/** Every request's session and its user: a prepared statement (`char(64)[]`, so the unique index serves it). */
const LIVE_SESSION_USERS: Statement = {
  name: 'gremium_live_session_users',
  text: `select s.token_hash as session_token_hash, s.expires_at as session_expires_at, u.id, u.email,
    u.password_hash, u.person_id, u.roles, u.calendar_token_hash, u.notification_delivery, u.created_at,
    u.updated_at
  from "session" s join app_user u on u.id = s.user_id
  where s.token_hash = any($1::char(64)[]) and s.revoked_at is null and s.expires_at > $2`,
};

interface SessionUserRow {
  session_token_hash: string;
  session_expires_at: Date | string;
  id: string;
  email: string;
  password_hash: string;
  person_id: string | null;
  roles: StoredRole[];
  calendar_token_hash: string | null;
  notification_delivery: NotificationDelivery;
  created_at: Date | string;
  updated_at: Date | string;
}

/**
 * The session's user as an entity outside any unit of work (the request only reads it; a change loads the
 * account anew), without the cost of the ORM's hydration and identity map on every request. Made anew for
 * every request, also from a cached row, so no request sees another's object.
 */
function userOf(em: EntityManager, row: SessionUserRow): User {
  return Object.assign(new User(), {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    personId: row.person_id,
    roles: row.roles,
    calendarTokenHash: row.calendar_token_hash,
    notificationDelivery: row.notification_delivery,
    createdAt: dateOf(em, row.created_at),
    updatedAt: dateOf(em, row.updated_at),
  });
}
