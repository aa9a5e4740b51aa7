import { Client } from 'pg';
import { councilDefinitions } from '@gremium/council';
import { createTestDatabase, type TestDatabase } from '@gremium/testing';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

/** The release before P4 version 2: every council definition but the newest recommendation. */
const RELEASE_1 = councilDefinitions.filter(
  (definition) => definition.key !== 'recommendation' || definition.version === 1,
);
/** The release that brought P4 version 2 (version 3 came later). */
const RELEASE_2 = councilDefinitions.filter(
  (definition) => definition.key !== 'recommendation' || definition.version <= 2,
);

describe('migrating running instances: P4 recommendation v1 → v2 (withdrawal) after an upgrade', () => {
  let db: TestDatabase;
  let app: TestApp;
  let ks: HttpClient;
  let sg: SteeringCouncil;
  let moderator: HttpClient;
  let voter: HttpClient;
  let sql: Client;
  const ids = { inReview: '', endorsed: '', draftA: '', draftB: '' };
  let escalationDue: Date;

  const rows = async (query: string, params: unknown[] = []) => (await sql.query(query, params)).rows;
  const command = (client: HttpClient, processId: string, type: string, payload: object = {}) =>
    client.post(`/processes/${processId}/commands`, { type, payload });
  /** The same session on the upgraded API. */
  const on = (client: HttpClient) => app.http.withToken(client.token);

  beforeAll(async () => {
    db = await createTestDatabase();
    const before = await TestApp.start({ database: db, councilDefinitions: RELEASE_1 });
    const council = new CouncilFixture(before, await before.login());
    sg = await council.steeringGroup(2);
    moderator = sg.members[1].http;
    voter = sg.members[2].http;
    const draft = async (title: string) => {
      const created = await moderator.post('/recommendations', {
        workingGroupId: sg.groupIds[0],
        title,
        text: 'Die AG empfiehlt …',
        addressees: ['administration'],
      });
      expect(created.status).toBe(201);
      return created.body.processId as string;
    };
    ids.inReview = await draft('Licht am Bahnhof');
    ids.endorsed = await draft('Sichere Schulwege');
    ids.draftA = await draft('Entwurf A');
    ids.draftB = await draft('Entwurf B');
    for (const id of [ids.inReview, ids.endorsed])
      expect((await command(moderator, id, 'SUBMIT')).status).toBe(200);
    expect((await command(voter, ids.inReview, 'SIGN_OFF', { vote: 'approve' })).status).toBe(200);
    for (const member of sg.members)
      await command(member.http, ids.endorsed, 'SIGN_OFF', { vote: 'approve' });
    expect((await before.http.withToken(council.ks.token).get(`/processes/${ids.endorsed}`)).body.state).toBe(
      'endorsed',
    );
    await before.close();

    app = await TestApp.start({ database: db, councilDefinitions: RELEASE_2 });
    ks = await app.login();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    [{ due_at: escalationDue }] = await rows(
      `select due_at from timer where process_id = $1 and status = 'pending'`,
      [ids.inReview],
    );
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
    await db.drop();
  });

  it('keeps running instances on version 1 and starts new ones on version 2', async () => {
    expect((await ks.get(`/processes/${ids.inReview}`)).body).toMatchObject({ definitionVersion: 1 });
    const definition = (await ks.get('/process-definitions/recommendation')).body;
    expect(definition).toMatchObject({ version: 2, versions: [1, 2] });
    expect(definition.stateLabels.withdrawn).toEqual({ de: 'Zurückgezogen', en: 'Withdrawn' });
    expect(definition.commands).toContainEqual(
      expect.objectContaining({
        type: 'WITHDRAW',
        labels: { de: 'Empfehlung zurückziehen', en: 'Withdraw the recommendation' },
      }),
    );
    expect((await ks.get('/process-definitions/recommendation?version=1')).body.commands).not.toContainEqual(
      expect.objectContaining({ type: 'WITHDRAW' }),
    );
    const created = await on(moderator).post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: 'Neu',
      text: 'Neu',
      addressees: ['council'],
    });
    expect((await ks.get(`/processes/${created.body.processId}`)).body.definitionVersion).toBe(2);
  });

  it('migrates a recommendation in review with its vote, its open tasks and its escalation timer', async () => {
    const tasksBefore = await rows(
      `select id from task where process_id = $1 and closed_at is null order by id`,
      [ids.inReview],
    );
    const migrated = await ks.post(`/processes/${ids.inReview}/migrate`, { toVersion: 2 });
    expect(migrated.status).toBe(200);
    expect(migrated.body.process).toMatchObject({ definitionVersion: 2, state: { inReview: 'open' } });
    expect(migrated.body.process.context.votes).toEqual([expect.objectContaining({ vote: 'approve' })]);
    expect(migrated.body.process.context.withdrawal).toBeNull();

    const timers = await rows(
      `select status, due_at, process_version from timer where process_id = $1 order by created_at`,
      [ids.inReview],
    );
    expect(timers.map((timer) => timer.status)).toEqual(['voided', 'pending']);
    expect(timers[1].due_at).toEqual(escalationDue);
    expect(timers[1].process_version).toBe(migrated.body.process.version);
    expect(
      await rows(`select id from task where process_id = $1 and closed_at is null order by id`, [
        ids.inReview,
      ]),
    ).toEqual(tasksBefore);

    const history = (await ks.get(`/processes/${ids.inReview}/history`)).body;
    expect(history.at(-1)).toMatchObject({
      type: 'process.migrated',
      payload: { fromVersion: 1, toVersion: 2, state: { inReview: 'open' } },
    });
    // The review goes on under version 2, and the chain still replays across the version change.
    expect(
      (await command(on(sg.members[0].http), ids.inReview, 'SIGN_OFF', { vote: 'approve' })).status,
    ).toBe(200);
    expect((await ks.get(`/audit-events/verify?processId=${ids.inReview}`)).body).toEqual({
      valid: true,
      count: history.length + 1,
      brokenAtSeq: null,
      problem: null,
      replayMatches: true,
    });
  });

  it('refuses what the mapping does not cover (409), other versions (400/409) and anybody but coordination (403)', async () => {
    const before = await rows(`select count(*)::int as n from audit_event`);
    const endorsed = await ks.post(`/processes/${ids.endorsed}/migrate`, { toVersion: 2 });
    expect(endorsed.status).toBe(409);
    expect(endorsed.body.details).toMatchObject({ code: 'MIGRATION_NOT_COVERED', state: 'endorsed' });
    const again = await ks.post(`/processes/${ids.inReview}/migrate`, { toVersion: 2 });
    expect(again.status).toBe(409);
    expect(again.body.details.code).toBe('MIGRATION_NOT_COVERED');
    const unknown = await ks.post(`/processes/${ids.draftA}/migrate`, { toVersion: 7 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'toVersion' })]);
    expect((await ks.post(`/processes/${ids.draftA}/migrate`, { toVersion: 'zwei' })).status).toBe(400);
    expect((await on(moderator).post(`/processes/${ids.draftA}/migrate`, { toVersion: 2 })).status).toBe(403);
    expect(
      (
        await on(moderator).post('/process-definitions/recommendation/migrate', {
          fromVersion: 1,
          toVersion: 2,
        })
      ).status,
    ).toBe(403);
    expect(await rows(`select count(*)::int as n from audit_event`)).toEqual(before);
  });

  it('migrates a version in bulk with one result per instance, then the moderator withdraws a draft', async () => {
    const bulk = await ks.post('/process-definitions/recommendation/migrate', {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toMatchObject({ applied: 2, rejected: 1, queued: 0 });
    expect(bulk.body.results).toEqual(
      expect.arrayContaining([
        { processId: ids.draftA, status: 'applied', code: null, reason: null },
        { processId: ids.draftB, status: 'applied', code: null, reason: null },
        expect.objectContaining({
          processId: ids.endorsed,
          status: 'rejected',
          code: 'MIGRATION_NOT_COVERED',
        }),
      ]),
    );
    const withdrawn = await command(on(moderator), ids.draftA, 'WITHDRAW', {
      reason: 'Erledigt sich durch B',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.process).toMatchObject({ state: 'withdrawn', status: 'done' });
    const recommendation = (
      await ks.get(`/recommendations/${withdrawn.body.process.context.recommendationId}`)
    ).body;
    expect(recommendation).toMatchObject({ state: 'withdrawn', closedReason: 'withdrawn' });
    expect((await command(on(moderator), ids.endorsed, 'WITHDRAW', { reason: 'x' })).status).toBe(400);
  });

  it('moves the running drafts and the review on to version 3 (due dates, answers with documents), not the endorsed one of version 1', async () => {
    await app.close();
    app = await TestApp.start({ database: db });
    ks = await app.login();
    const bulk = await ks.post('/process-definitions/recommendation/migrate', {
      fromVersion: 2,
      toVersion: 3,
    });
    expect(bulk.status).toBe(200);
    // The review, draft B and the draft started under version 2.
    expect(bulk.body).toMatchObject({ applied: 3, rejected: 0 });
    const draftB = (await ks.get(`/processes/${ids.draftB}`)).body;
    expect(draftB).toMatchObject({ definitionVersion: 3, state: 'draft' });
    // Its wording as started is version 1; an edit under version 3 adds version 2.
    const recommendationId = draftB.context.recommendationId as string;
    expect((await ks.get(`/recommendations/${recommendationId}/versions`)).body).toHaveLength(1);
    const edited = await on(moderator).put(`/recommendations/${recommendationId}`, {
      title: 'Entwurf B, überarbeitet',
      text: 'Die AG empfiehlt nun …',
      addressees: ['administration'],
    });
    expect(edited.status).toBe(200);
    expect((await ks.get(`/recommendations/${recommendationId}/versions`)).body).toHaveLength(2);
    // The endorsed one stayed on version 1: its forwarding is recorded without a due date, as before.
    expect((await ks.get(`/processes/${ids.endorsed}`)).body.definitionVersion).toBe(1);
  });
});
