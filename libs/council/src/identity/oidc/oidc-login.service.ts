import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '@gremium/platform';
import { NotFoundError, WorkflowError } from '@gremium/workflow';
import { AuthService, type LoginResult } from '../auth.service';
import { hashPassword } from '../password';
import { User } from '../user.entity';
import { OidcClient, type OidcChecks } from './oidc-client.adapter';

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

function refused(code: string, message: string): WorkflowError {
  return new WorkflowError('FORBIDDEN', message, { code });
}

/**
 * Single sign-on with the city's identity provider: authorization code with PKCE, state and nonce. A
 * user is matched by the provider's verified e-mail to an existing account; nobody is created unless
 * OIDC_AUTO_CREATE=viewer.
 */
@Injectable()
export class OidcLogin {
  private readonly logger = new Logger(OidcLogin.name);
  private client: Promise<OidcClient> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly em: EntityManager,
    private readonly auth: AuthService,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  async start(): Promise<{ url: URL; checks: OidcChecks }> {
    return (await this.discovered()).start();
  }

  /** The provider redirected back: check everything, then open a session like a password login. */
  async finish(query: string, checks: OidcChecks | null): Promise<LoginResult> {
    const client = await this.discovered();
    if (!checks) throw refused('OIDC_NO_LOGIN_STARTED', 'no single sign-on was started in this browser');
    const callback = new URL(`${this.config.publicUrl}${OIDC_CALLBACK_PATH}`);
    callback.search = query;
    let identity;
    try {
      identity = await client.finish(callback, checks);
    } catch (error) {
      this.logger.warn(`single sign-on refused: ${String(error)}`);
      throw refused(
        'OIDC_REFUSED',
        'the identity provider’s answer was refused (state, nonce or code invalid)',
      );
    }
    if (!identity.email || !identity.emailVerified) {
      throw refused('OIDC_EMAIL_UNVERIFIED', 'the identity provider has not verified this e-mail address');
    }
    return this.auth.openSession(await this.account(identity.email, this.oidc()));
  }

  private async account(emailInput: string, oidc: OidcConfig): Promise<User> {
    const email = emailInput.trim().toLowerCase();
    const em = this.em.fork();
    const existing = await em.findOne(User, { email });
    if (existing) return existing;
    if (oidc.autoCreate !== 'viewer') {
      throw refused('OIDC_UNKNOWN_USER', 'no account has this e-mail address; ask the coordination office');
    }
    const now = new Date();
    // A random password nobody knows: this account logs in through the provider only.
    const user = em.create(User, {
      id: randomUUID(),
      email,
      passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
      personId: null,
      roles: ['viewer'],
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    this.logger.log(`created a viewer account for ${email} at its first single sign-on`);
    return user;
  }

  private oidc(): OidcConfig {
    if (!this.config.oidc) throw new NotFoundError('single sign-on', 'configuration');
    return this.config.oidc;
  }

  /** Discovery once; a failed one (provider not reachable yet) is tried again on the next login. */
  private discovered(): Promise<OidcClient> {
    const oidc = this.oidc();
    this.client ??= OidcClient.discover({
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      redirectUri: `${this.config.publicUrl}${OIDC_CALLBACK_PATH}`,
    }).catch((error: unknown) => {
      this.client = null;
      throw error;
    });
    return this.client;
  }
}
