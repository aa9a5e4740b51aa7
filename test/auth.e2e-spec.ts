import { ADMIN, TestApp } from './support/test-app';

describe('auth: sessions, cookie, logout, login rate limit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const login = (email: string, password: string) =>
    fetch(`${app.http.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('sets an HttpOnly SameSite=Strict session cookie that works like the bearer token', async () => {
    const response = await login(ADMIN.email.toUpperCase(), ADMIN.password);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: { email: string; roles: string[] } };
    expect(body.user).toMatchObject({ email: ADMIN.email, roles: ['coordination'] });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gremium_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const viaCookie = await fetch(`${app.http.baseUrl}/auth/me`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(viaCookie.status).toBe(200);
    expect((await app.http.withToken(body.token).get('/auth/me')).body.email).toBe(ADMIN.email);
  });

  it('revokes the session on logout, for cookie and bearer alike', async () => {
    const client = await app.login();
    expect((await client.post('/auth/logout')).status).toBe(204);
    expect((await client.get('/auth/me')).status).toBe(401);
    const response = await login(ADMIN.email, ADMIN.password);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    const out = await fetch(`${app.http.baseUrl}/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    expect((await fetch(`${app.http.baseUrl}/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('answers 429 after 10 failed logins for one e-mail within 15 minutes, also for the right password', async () => {
    const email = 'ziel@praeventionsrat.test';
    const ks = await app.login();
    await ks.post('/users', { email, password: 'richtiges-Passwort-1', roles: ['viewer'] });
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await login(email, `falsch-${attempt}`)).status).toBe(401);
    }
    const blocked = await login(email, 'richtiges-Passwort-1');
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({
      statusCode: 429,
      message: expect.stringMatching(/too many failed logins/),
    });
    expect((await login(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('rejects a malformed login with 400 and an unknown account with 401', async () => {
    expect((await login('not-an-email', 'x')).status).toBe(400);
    expect((await login('niemand@praeventionsrat.test', 'irgendein-Passwort')).status).toBe(401);
  });
});
