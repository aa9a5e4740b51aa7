import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { waitFor } from '@gremium/testing';
import { CouncilFixture } from './support/council-fixture';
import { TestApp } from './support/test-app';

describe('the API’s cached sessions', () => {
  let app: TestApp;
  let council: CouncilFixture;

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
  });
  afterAll(() => app.close());

  /** A statement of another process; `replica` keeps the triggers from firing: a change nobody is told of. */
  async function elsewhere(text: string, values: unknown[], { triggers }: { triggers: boolean }) {
    const client = await app.sql();
    if (!triggers) await client.query(`set session_replication_role = replica`);
    await client.query(text, values);
  }

  const me = async (http: Awaited<ReturnType<CouncilFixture['loginAs']>>) => http.get('/auth/me');

  it('serves a session from the cache until a session or an account changes in any process', async () => {
    const anna = await council.person('Anna Erste');
    const annaHttp = await council.loginAs(anna, 'anna.erste@praeventionsrat.test');
    const { id } = (await me(annaHttp)).body as { id: string };

    await elsewhere(`update session set revoked_at = now() where user_id = $1`, [id], { triggers: false });
    // Nothing told the API: the session it read before still stands.
    expect((await me(annaHttp)).status).toBe(200);

    await elsewhere(`update app_user set roles = '["viewer","coordination"]' where id = $1`, [id], {
      triggers: true,
    });
    // The NOTIFY of another connection's commit drops the cache: the revocation is read too.
    await waitFor(async () => (await me(annaHttp)).status === 401, { timeoutMs: 5_000 });
  });

  it('gives a changed role to the next request once another process commits it', async () => {
    const bert = await council.person('Bert Zweiter');
    const bertHttp = await council.loginAs(bert, 'bert.zweiter@praeventionsrat.test');
    const { id, roles } = (await me(bertHttp)).body as { id: string; roles: string[] };
    expect(roles).toEqual(['viewer']);
    await elsewhere(`update app_user set roles = '["viewer","coordination"]' where id = $1`, [id], {
      triggers: true,
    });
    await waitFor(async () => ((await me(bertHttp)).body.roles as string[]).includes('coordination'), {
      timeoutMs: 5_000,
    });
  });

  it('forgets at once what the API itself writes: a new role, a removed account', async () => {
    const clara = await council.person('Clara Dritte');
    const claraHttp = await council.loginAs(clara, 'clara.dritte@praeventionsrat.test');
    const { id } = (await me(claraHttp)).body as { id: string };
    const update = await council.ks.put(`/users/${id}`, {
      email: 'clara.dritte@praeventionsrat.test',
      personId: clara,
      roles: ['viewer', 'coordination'],
    });
    expect(update.status).toBe(200);
    expect((await me(claraHttp)).body.roles).toEqual(['viewer', 'coordination']);

    expect((await council.ks.delete(`/users/${id}`)).status).toBe(200);
    expect((await me(claraHttp)).status).toBe(401);
  });

  it('refuses a cached session once it has expired, with no change to tell of it', async () => {
    const dora = await council.person('Dora Vierte');
    const doraHttp = await council.loginAs(dora, 'dora.vierte@praeventionsrat.test');
    const { id } = (await me(doraHttp)).body as { id: string };
    const token = randomBytes(32).toString('base64url');
    await (
      await app.sql()
    ).query(
      `insert into session (id, token_hash, user_id, created_at, expires_at, revoked_at)
       values ($1, $2, $3, now(), now() + interval '2 seconds', null)`,
      [randomUUID(), createHash('sha256').update(token).digest('hex'), id],
    );
    const shortLived = app.http.withToken(token);
    expect((await shortLived.get('/auth/me')).status).toBe(200);
    await waitFor(async () => (await shortLived.get('/auth/me')).status === 401, { timeoutMs: 5_000 });
  });
});
