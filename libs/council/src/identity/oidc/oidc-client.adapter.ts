import * as client from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** What the browser carries from the redirect to the callback (in an HttpOnly cookie). */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcIdentity {
  email: string | null;
  emailVerified: boolean;
  subject: string;
}

/**
 * The only place that talks to `openid-client` (an ES module; Node 24 loads it with require, Jest
 * transforms it, see jest.config.js): discovery, the authorization URL with PKCE, state and nonce, and
 * the code exchange that checks all three and the ID token's signature, then the verified e-mail.
 */
export class OidcClient {
  private constructor(
    private readonly config: client.Configuration,
    private readonly redirectUri: string,
  ) {}

  static async discover(settings: OidcSettings): Promise<OidcClient> {
    const issuer = new URL(settings.issuer);
    const config = await client.discovery(
      issuer,
      settings.clientId,
      undefined,
      client.ClientSecretBasic(settings.clientSecret),
      // A provider on plain HTTP only inside a private network (tests, the compose profile `sso`).
      issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    return new OidcClient(config, settings.redirectUri);
  }

  async start(): Promise<{ url: URL; checks: OidcChecks }> {
    const checks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(this.config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url, checks };
  }

  /** Throws when the state, nonce or PKCE verifier do not match, or the provider refuses the code. */
  async finish(callbackUrl: URL, checks: OidcChecks): Promise<OidcIdentity> {
    const tokens = await client.authorizationCodeGrant(this.config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    // Providers put the e-mail into the ID token or only into the userinfo (for the same subject).
    const info =
      typeof claims.email === 'string'
        ? claims
        : await client.fetchUserInfo(this.config, tokens.access_token, claims.sub);
    return {
      subject: claims.sub,
      email: typeof info.email === 'string' ? info.email : null,
      emailVerified: info.email_verified === true,
    };
  }
}
