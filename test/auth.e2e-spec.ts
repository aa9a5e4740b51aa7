import { Client } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AuthService,
  IdentityPurge,
  LOGIN_ATTEMPT_RETENTION_MS,
  loginEmailHash,
  User,
} from '@gremium/council';
import { createTestDatabase } from '@gremium/testing';
import { ADMIN, TestApp } from './support/test-app';

const METRICS_TOKEN = 'prometheus-darf-lesen-0123456789';

describe('auth: sessions, cookie, logout, login limits, own password', () => {
  let app: TestApp;
  let sql: Client;

  beforeAll(async () => {
    // Behind a TLS proxy on this host: X-Forwarded-For and X-Forwarded-Proto from loopback are believed.
    app = await TestApp.start({ env: { TRUST_PROXY: 'loopback', METRICS_TOKEN } });
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const login = (
    email: string,
    password: string,
    from = '198.51.100.1',
    headers: Record<string, string> = {},
  ) =>
    fetch(`${app.http.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers },
      body: JSON.stringify({ email, password }),
    });

  async function viewer(email: string, password: string) {
    const ks = await app.login();
    expect((await ks.post('/users', { email, password, roles: ['viewer'] })).status).toBe(201);
  }

  it('sets an HttpOnly SameSite=Strict session cookie that works like the bearer token', async () => {
    const response = await login(ADMIN.email.toUpperCase(), ADMIN.password);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: { email: string; roles: string[] } };
    expect(body.user).toMatchObject({ email: ADMIN.email, roles: ['coordination'] });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gremium_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i);
    const viaCookie = await fetch(`${app.http.baseUrl}/auth/me`, {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(viaCookie.status).toBe(200);
    expect((await app.http.withToken(body.token).get('/auth/me')).body.email).toBe(ADMIN.email);
  });

  it('marks the cookie Secure when the trusted proxy says the request came over TLS', async () => {
    const response = await login(ADMIN.email, ADMIN.password, '198.51.100.2', {
      'x-forwarded-proto': 'https',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
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

  it('answers 401 for an expired session and each user for sessions read in one go', async () => {
    const expired = await app.login();
    await sql.query(`update session set expires_at = now() - interval '1 second' where revoked_at is null`);
    expect((await expired.get('/auth/me')).status).toBe(401);

    const admin = await app.login();
    await admin.post('/users', {
      email: 'zweiter@praeventionsrat.test',
      password: 'Zweiter-Zugang-2026',
      roles: ['viewer'],
    });
    const viewer = await app.login('zweiter@praeventionsrat.test', 'Zweiter-Zugang-2026');
    // Requests at once share one read of sessions and users: each still gets its own user.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? viewer : admin).get('/auth/me')),
    );
    expect(answers.map((answer) => answer.body.email)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? 'zweiter@praeventionsrat.test' : ADMIN.email)),
    );
  });

  it('gives each request the account as stored, its JSON without secrets', async () => {
    const auth = app.api.get(AuthService);
    const { token, user } = await auth.login(ADMIN.email, ADMIN.password, '198.51.100.9');
    await sql.query(
      `update app_user set calendar_token_hash = repeat('c', 64), person_id = $2 where id = $1`,
      [user.id, '00000000-0000-4000-8000-00000000a1b2'],
    );
    const em = app.api.get(EntityManager).fork();
    const stored = await em.findOneOrFail(User, user.id);

    const session = await auth.authenticate(token);

    expect(session).toBeInstanceOf(User);
    // Every property the ORM maps, so a column added to the account is not left out here.
    for (const property of Object.keys(em.getMetadata().get(User.name).properties)) {
      expect([property, session?.[property as keyof User]]).toEqual([
        property,
        stored[property as keyof User],
      ]);
    }
    expect(JSON.stringify(session)).not.toMatch(/passwordHash|calendarTokenHash|argon2|cccc/);
    await sql.query('update app_user set calendar_token_hash = null, person_id = null where id = $1', [
      user.id,
    ]);
  });

  it('tries at most 20 of 40 parallel wrong logins from one address and refuses the rest with 429', async () => {
    const from = '203.0.113.40';
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(`ziel${i % 3}@praeventionsrat.test`, `falsch-${i}`, from)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(20);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(await refused.json()).toMatchObject({
      statusCode: 429,
      message: expect.stringMatching(/too many failed logins from this address/),
      details: { code: 'LOGIN_RATE_LIMITED' },
    });
    // Even the right password is refused from that address; another address is not affected.
    expect((await login(ADMIN.email, ADMIN.password, from)).status).toBe(429);
    expect((await login(ADMIN.email, ADMIN.password, '203.0.113.41')).status).toBe(200);
  });

  it('lets the right password through after 10 failures for one e-mail (slowed, not locked out)', async () => {
    const email = 'ziel@praeventionsrat.test';
    await viewer(email, 'richtiges-Passwort-1');
    // An attacker from many addresses guesses the office's password: the e-mail is not locked.
    for (let attempt = 1; attempt <= 11; attempt++) {
      expect((await login(email, `falsch-${attempt}`, `192.0.2.${attempt}`)).status).toBe(401);
    }
    const { rows } = await sql.query<{ n: string }>(
      'select count(*) as n from login_attempt where email_hash = $1 and not success',
      [loginEmailHash(email)],
    );
    expect(Number(rows[0].n)).toBe(11);
    expect((await login(email, 'falsch-12', '192.0.2.99')).status).toBe(401);
    expect((await login(email, 'richtiges-Passwort-1', '192.0.2.100')).status).toBe(200);
  });

  it('rejects a malformed login with 400 and an unknown account with 401', async () => {
    expect((await login('not-an-email', 'x')).status).toBe(400);
    const unknown = await login('niemand@praeventionsrat.test', 'irgendein-Passwort');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ details: { code: 'WRONG_CREDENTIALS' } });
  });

  it('lets a viewer change their own password with the current one and ends their other sessions', async () => {
    const email = 'leserin@praeventionsrat.test';
    await viewer(email, 'Alte-Passphrase-2026');
    const here = await app.login(email, 'Alte-Passphrase-2026');
    const elsewhere = await app.login(email, 'Alte-Passphrase-2026');
    const wrong = await here.put('/auth/password', {
      currentPassword: 'geraten-2026-xyz',
      newPassword: 'Neue-Passphrase-2026',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ details: { code: 'WRONG_PASSWORD' } });
    const tooShort = await here.put('/auth/password', {
      currentPassword: 'Alte-Passphrase-2026',
      newPassword: 'kurz',
    });
    expect(tooShort.status).toBe(400);
    expect((await elsewhere.get('/auth/me')).status).toBe(200);

    const changed = await here.put('/auth/password', {
      currentPassword: 'Alte-Passphrase-2026',
      newPassword: 'Neue-Passphrase-2026',
    });
    expect(changed.status).toBe(204);
    expect((await here.get('/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/auth/me')).status).toBe(401);
    expect((await login(email, 'Alte-Passphrase-2026', '192.0.2.200')).status).toBe(401);
    expect((await login(email, 'Neue-Passphrase-2026', '192.0.2.201')).status).toBe(200);
    expect(
      (await app.http.put('/auth/password', { currentPassword: 'x', newPassword: 'y'.repeat(12) })).status,
    ).toBe(401);
  });

  it('purges login attempts older than a day and ended sessions', async () => {
    const old = new Date(Date.now() - LOGIN_ATTEMPT_RETENTION_MS - 60_000);
    await sql.query(
      `insert into login_attempt (id, email_hash, ip, success, at) values (gen_random_uuid(), $2, '192.0.2.7', false, $1)`,
      [old, 'a'.repeat(64)],
    );
    const ended = await app.login();
    await ended.post('/auth/logout');
    const live = await app.login();
    const count = async (query: string) => Number((await sql.query<{ n: string }>(query)).rows[0].n);
    expect(
      await count(`select count(*) as n from login_attempt where email_hash = '${'a'.repeat(64)}'`),
    ).toBe(1);
    expect(await count('select count(*) as n from session where revoked_at is not null')).toBeGreaterThan(0);

    const purged = await app.api.get(IdentityPurge).purge();
    expect(purged.attempts).toBeGreaterThanOrEqual(1);
    expect(
      await count(`select count(*) as n from login_attempt where email_hash = '${'a'.repeat(64)}'`),
    ).toBe(0);
    expect(
      await count('select count(*) as n from session where revoked_at is not null or expires_at < now()'),
    ).toBe(0);
    expect((await live.get('/auth/me')).status).toBe(200);
  });

  it('shows metrics and the API document only to the coordination office, metrics also to the token', async () => {
    await viewer('metrik@praeventionsrat.test', 'Nur-Zuschauen-2026');
    const someone = await app.login('metrik@praeventionsrat.test', 'Nur-Zuschauen-2026');
    const ks = await app.login();
    for (const path of ['/metrics', '/docs', '/docs-json']) {
      expect((await app.http.get(path)).status).toBe(401);
      expect((await someone.get(path)).status).toBe(403);
      expect((await ks.get(path)).status).toBe(200);
    }
    const prometheus = app.http.withToken(METRICS_TOKEN);
    expect((await prometheus.get('/metrics')).body).toMatch(/^gremium_commands_queued \d+$/m);
    expect((await prometheus.get('/docs-json')).status).toBe(401);
    expect((await app.http.withToken(`${METRICS_TOKEN}x`).get('/metrics')).status).toBe(401);
  });

  it('refuses JSON nested 10,000 deep with 400 before validation', async () => {
    const ks = await app.login();
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const answer = await ks.raw('POST', '/people', deep);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, message: 'body nests deeper than 32 levels' });
    const array = await ks.raw(
      'POST',
      `/processes`,
      `{"definition":"working-group-founding","input":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    );
    expect(array.status).toBe(400);
  });
});

describe('first start of two replicas together', () => {
  it('creates the coordination account once, and both replicas come up', async () => {
    const db = await createTestDatabase();
    try {
      const replicas = await Promise.all([0, 1].map(() => TestApp.start({ database: db, worker: 'off' })));
      try {
        const accounts = await (await replicas[0].sql()).query('select email from app_user');
        expect(accounts.rows).toEqual([{ email: ADMIN.email }]);
        for (const replica of replicas) expect((await replica.http.get('/health')).status).toBe(200);
      } finally {
        for (const replica of replicas) await replica.close();
      }
    } finally {
      await db.drop();
    }
  });
});
