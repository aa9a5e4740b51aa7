import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import { waitFor } from '@gremium/testing';
import { CoordinationAssignment, isSteeringMember, steeringGroupOn } from '@gremium/council';
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

  it('composes once per transaction and date until the transaction changes a fact itself', async () => {
    const dora = await council.person('Dora Vierte');
    const emil = await council.person('Emil Fünfter');
    await app.api
      .get(EntityManager)
      .fork()
      .transactional(async (tx) => {
        const first = await steeringGroupOn(tx, '2026-06-01');
        expect(await steeringGroupOn(tx, '2026-06-01')).toBe(first);
        expect(await steeringGroupOn(tx, '2026-06-02')).not.toBe(first);

        // A change the unit of work still holds is flushed and read, as a query of the facts would.
        tx.create(CoordinationAssignment, {
          id: randomUUID(),
          personId: dora,
          since: '2026-05-01',
          recordedBy: randomUUID(),
          createdAt: new Date(),
        });
        const afterPending = await steeringGroupOn(tx, '2026-06-01');
        expect(isSteeringMember(afterPending, dora)).toBe(true);

        // A statement past the unit of work counts up the epoch through the trigger.
        await tx.execute(
          `insert into coordination_assignment (id, person_id, since, recorded_by, created_at)
           values (?, ?, '2026-05-15', ?, now())`,
          [randomUUID(), emil, randomUUID()],
        );
        const afterStatement = await steeringGroupOn(tx, '2026-06-01');
        expect(isSteeringMember(afterStatement, emil)).toBe(true);
        expect(isSteeringMember(afterStatement, dora)).toBe(false);
        expect(await steeringGroupOn(tx, '2026-06-01')).toBe(afterStatement);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    // Outside a transaction every call reads the data again.
    const em = app.api.get(EntityManager).fork();
    expect(await steeringGroupOn(em, '2026-06-01')).not.toBe(await steeringGroupOn(em, '2026-06-01'));
  });
});
