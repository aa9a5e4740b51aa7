import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { waitFor } from '@gremium/testing';
import { CouncilFixture } from './support/council-fixture';
import { TestApp } from './support/test-app';

describe('the API’s cached steering-group composition', () => {
  let app: TestApp;
  let council: CouncilFixture;

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
  });
  afterAll(() => app.close());

  async function assignCoordination(personId: string, { triggers }: { triggers: boolean }) {
    const client = new Client({ connectionString: app.db.url });
    await client.connect();
    try {
      // `replica` keeps triggers from firing: a change the cache is not told about.
      if (!triggers) await client.query(`set session_replication_role = replica`);
      await client.query(
        `insert into coordination_assignment (id, person_id, since, recorded_by, created_at)
         values ($1, $2, '2026-01-01', $3, now())`,
        [randomUUID(), personId, randomUUID()],
      );
    } finally {
      await client.end();
    }
  }

  const permissions = async (http: Awaited<ReturnType<CouncilFixture['loginAs']>>) =>
    (await http.get('/auth/me')).body.permissions as string[];

  it('serves the composition from the cache until a fact changes in any process, then reads it again', async () => {
    const kora = await council.person('Kora Stelle');
    const bea = await council.person('Bea Zweite');
    const koraHttp = await council.loginAs(kora, 'kora.stelle@praeventionsrat.test');
    const beaHttp = await council.loginAs(bea, 'bea.zweite@praeventionsrat.test');
    expect(await permissions(koraHttp)).not.toContain('steering-member');

    await assignCoordination(kora, { triggers: false });
    // Nothing told the API: its cached composition still stands.
    expect(await permissions(koraHttp)).not.toContain('steering-member');

    await assignCoordination(bea, { triggers: true });
    // The NOTIFY of another connection's commit drops the cache: both changes are read.
    await waitFor(async () => (await permissions(beaHttp)).includes('steering-member'), {
      timeoutMs: 5_000,
    });
    expect(await permissions(koraHttp)).not.toContain('steering-member'); // the later assignment (Bea) holds
    expect((await council.ks.get('/seats/coordination')).body).toMatchObject({ personId: bea });
  });

  it('forgets at once what the API itself writes', async () => {
    const carl = await council.person('Carl Dritter');
    const carlHttp = await council.loginAs(carl, 'carl.dritter@praeventionsrat.test');
    expect(await permissions(carlHttp)).not.toContain('steering-member');
    await council.coordinationSeat(carl, '2026-01-01');
    expect(await permissions(carlHttp)).toContain('steering-member');
  });
});
