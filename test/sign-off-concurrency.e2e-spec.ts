import { Client } from 'pg';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import { TestApp } from './support/test-app';

/** 1 + 16 working groups + 3 appointed seats: a steering group of 20, the majority 11. */
describe('20 concurrent sign-offs on one recommendation', () => {
  let app: TestApp;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(16);
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  }, 180_000);
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('records every applied vote once and decides exactly once', async () => {
    expect((await council.ks.get('/steering-group')).body).toMatchObject({ size: 20, occupied: 20 });
    const moderator = sg.members[1].http;
    const created = await moderator.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: 'Beleuchtung im Stadtpark',
      text: 'Die AG empfiehlt …',
      addressees: ['administration'],
    });
    const { id, processId } = created.body;
    expect(
      (await moderator.post(`/processes/${processId}/commands`, { type: 'SUBMIT', payload: {} })).status,
    ).toBe(200);

    const answers = await Promise.all(
      sg.members.map((member) =>
        member.http.post(`/processes/${processId}/commands`, {
          type: 'SIGN_OFF',
          payload: { vote: 'approve' },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    const applied = statuses.filter((status) => status === 200).length;
    expect(applied).toBe(11);

    const events = await sql.query<{ state_after: unknown; actor: { personId: string } }>(
      `select state_after, actor from audit_event where process_id = $1 and type = 'SIGN_OFF' order by seq`,
      [processId],
    );
    expect(events.rows).toHaveLength(applied);
    expect(new Set(events.rows.map((row) => row.actor.personId)).size).toBe(applied);
    expect(events.rows.filter((row) => row.state_after === 'endorsed')).toHaveLength(1);
    expect(events.rows[events.rows.length - 1].state_after).toBe('endorsed');

    const recommendation = (await council.ks.get(`/recommendations/${id}`)).body;
    expect(recommendation.state).toBe('endorsed');
    expect(recommendation.votes).toHaveLength(applied);
    const refused = await sql.query(
      `select code from command where process_id = $1 and type = 'SIGN_OFF' and status = 'rejected'`,
      [processId],
    );
    // A vote that arrived after the decision was refused before it was stored; one in flight by the worker.
    expect(refused.rows.length).toBeLessThanOrEqual(20 - applied);
    expect(refused.rows.filter((row) => row.code !== 'COMMAND_NOT_ALLOWED')).toEqual([]);
    expect((await council.ks.get(`/audit-events/verify?processId=${processId}`)).body.valid).toBe(true);
  });
});
