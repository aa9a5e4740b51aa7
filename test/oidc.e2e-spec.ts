import { freePort, startOidcProvider, type TestProvider } from './support/oidc-provider';
import { ADMIN, TestApp } from './support/test-app';

/** Cookies per origin, as a browser keeps them (enough for these redirects). */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: string): string {
    return [...(this.jars.get(new URL(url).origin) ?? new Map<string, string>()).entries()]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  store(url: string, response: Response): void {
    const jar = this.jars.get(new URL(url).origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(new URL(url).origin, jar);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.header(url) },
    });
    this.store(url, response);
    return response;
  }
}

describe('single sign-on against a real OpenID provider (oidc-provider)', () => {
  let provider: TestProvider;
  let app: TestApp;
  let appOrigin: string;

  const accounts = {
    'k.schmidt': { email: 'Kora.Schmidt@praeventionsrat.test', email_verified: true },
    unverified: { email: 'ks@praeventionsrat.test', email_verified: false },
    stranger: { email: 'fremd@stadt.test', email_verified: true },
  };

  beforeAll(async () => {
    const port = await freePort();
    appOrigin = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${appOrigin}/api/auth/oidc/callback`, accounts);
    app = await TestApp.start({
      port,
      env: {
        PUBLIC_URL: appOrigin,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
      },
    });
    const ks = await app.login();
    await ks.post('/users', {
      email: 'kora.schmidt@praeventionsrat.test',
      password: 'nur-fuer-den-Notfall-2026',
      roles: ['viewer'],
    });
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
  });

  /** Browser steps up to the provider's redirect back to Gremium: returns the callback URL and the jar. */
  async function signInAtProvider(account: string) {
    const jar = new CookieJar();
    const start = await jar.fetch(`${appOrigin}/api/auth/oidc/login`);
    expect(start.status).toBe(302);
    let location = start.headers.get('location')!;
    const authorization = new URL(location);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    for (let hop = 0; hop < 10 && !location.startsWith(appOrigin); hop++) {
      const url = new URL(location, provider.issuer).href;
      let response = await jar.fetch(url);
      if (response.status === 200) {
        const html = await response.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)![1];
        response = await jar.fetch(new URL(action, provider.issuer).href, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ prompt: 'login', login: account, password: 'egal' }).toString(),
        });
      }
      location = response.headers.get('location')!;
    }
    expect(location.startsWith(`${appOrigin}/api/auth/oidc/callback?`)).toBe(true);
    return { jar, callback: location };
  }

  it('tells the login page that single sign-on is configured', async () => {
    expect((await app.http.get('/auth/oidc/config')).body).toEqual({
      enabled: true,
      loginUrl: '/api/auth/oidc/login',
    });
  });

  it('logs a known user in by the provider’s verified e-mail, with the same session cookie', async () => {
    const { jar, callback } = await signInAtProvider('k.schmidt');
    const done = await jar.fetch(callback);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/');
    const cookie = done.headers.getSetCookie().find((line) => line.startsWith('gremium_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await jar.fetch(`${appOrigin}/api/auth/me`);
    expect(await me.json()).toMatchObject({ email: 'kora.schmidt@praeventionsrat.test', roles: ['viewer'] });
  });

  it('refuses a callback whose state was changed', async () => {
    const { jar, callback } = await signInAtProvider('k.schmidt');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'vom-angreifer');
    const answer = await jar.fetch(forged.href);
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ details: { code: 'OIDC_REFUSED' } });
    expect(
      answer.headers
        .getSetCookie()
        .some((line) => line.startsWith('gremium_session=') && !line.startsWith('gremium_session=;')),
    ).toBe(false);
  });

  it('refuses a replayed code, even with the first browser’s cookie', async () => {
    const { jar, callback } = await signInAtProvider('k.schmidt');
    const checks = jar.header(`${appOrigin}/api/auth/oidc/callback`);
    expect((await jar.fetch(callback)).status).toBe(302);
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: checks } });
    expect(replay.status).toBe(403);
    expect(await replay.json()).toMatchObject({ details: { code: 'OIDC_REFUSED' } });
  });

  it('refuses a callback no login was started for in this browser', async () => {
    const { callback } = await signInAtProvider('k.schmidt');
    const answer = await fetch(callback, { redirect: 'manual' });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ details: { code: 'OIDC_NO_LOGIN_STARTED' } });
  });

  it('refuses an e-mail the provider has not verified, even of an existing account', async () => {
    const { jar, callback } = await signInAtProvider('unverified');
    const answer = await jar.fetch(callback);
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ details: { code: 'OIDC_EMAIL_UNVERIFIED' } });
    expect((await jar.fetch(`${appOrigin}/api/auth/me`)).status).toBe(401);
  });

  it('refuses an unknown user with 403 and creates no account', async () => {
    const { jar, callback } = await signInAtProvider('stranger');
    const answer = await jar.fetch(callback);
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ details: { code: 'OIDC_UNKNOWN_USER' } });
    const ks = await app.login(ADMIN.email, ADMIN.password);
    const users = (await ks.get('/users')).body as { email: string }[];
    expect(users.map((user) => user.email)).not.toContain('fremd@stadt.test');
  });
});

describe('single sign-on: configuration', () => {
  it('creates a viewer for a verified unknown e-mail only with OIDC_AUTO_CREATE=viewer', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const provider = await startOidcProvider(`${origin}/api/auth/oidc/callback`, {
      neu: { email: 'neu@stadt.test', email_verified: true },
    });
    const app = await TestApp.start({
      port,
      env: {
        PUBLIC_URL: origin,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_AUTO_CREATE: 'viewer',
      },
    });
    try {
      const jar = new CookieJar();
      let location = (await jar.fetch(`${origin}/api/auth/oidc/login`)).headers.get('location')!;
      while (!location.startsWith(origin)) {
        let response = await jar.fetch(new URL(location, provider.issuer).href);
        if (response.status === 200) {
          const action = /<form[^>]*action="([^"]+)"/.exec(await response.text())![1];
          response = await jar.fetch(new URL(action, provider.issuer).href, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ prompt: 'login', login: 'neu', password: 'egal' }).toString(),
          });
        }
        location = response.headers.get('location')!;
      }
      expect((await jar.fetch(location)).status).toBe(302);
      const me = await jar.fetch(`${origin}/api/auth/me`);
      expect(await me.json()).toMatchObject({ email: 'neu@stadt.test', roles: ['viewer'] });
    } finally {
      await app.close();
      await provider.stop();
    }
  });

  it('hides the button and answers 404 when single sign-on is not configured', async () => {
    const app = await TestApp.start({ worker: 'off' });
    try {
      expect((await app.http.get('/auth/oidc/config')).body).toEqual({ enabled: false, loginUrl: null });
      expect((await app.http.get('/auth/oidc/login')).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
