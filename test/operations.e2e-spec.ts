import { Client } from 'pg';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

describe('operating the engine: the coordination office cancels any active process', () => {
  let app: TestApp;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let moderator: HttpClient;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(3);
    moderator = sg.members[1].http;
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const rows = async (query: string, params: unknown[] = []) => (await sql.query(query, params)).rows;
  const command = (client: HttpClient, processId: string, type: string, payload: object = {}) =>
    client.post(`/processes/${processId}/commands`, { type, payload });

  async function inReview(title: string) {
    const created = await moderator.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title,
      text: 'Die AG empfiehlt mehr Licht.',
      addressees: ['administration'],
      tags: [],
    });
    expect(created.status).toBe(201);
    expect((await command(moderator, created.body.processId, 'SUBMIT')).status).toBe(200);
    return created.body as { id: string; processId: string };
  }

  it('ends a recommendation in review: cancelled, timers voided, tasks closed, audited and replayable', async () => {
    const { id, processId } = await inReview('Beleuchtung im Park');
    expect(await rows(`select status from timer where process_id = $1`, [processId])).toEqual([
      { status: 'pending' },
    ]);
    expect(
      (
        await rows(`select count(*)::int as n from task where process_id = $1 and closed_at is null`, [
          processId,
        ])
      )[0].n,
    ).toBeGreaterThan(0);
    const offered = (await council.ks.get(`/processes/${processId}`)).body.availableCommands;
    expect(offered).toContainEqual(expect.objectContaining({ type: 'CANCEL', final: true }));
    expect((await moderator.get(`/processes/${processId}`)).body.availableCommands).not.toContainEqual(
      expect.objectContaining({ type: 'CANCEL' }),
    );

    const cancelled = await command(council.ks, processId, 'CANCEL', { reason: 'Doppelt eingereicht' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.process).toMatchObject({
      state: 'cancelled',
      status: 'done',
      availableCommands: [],
    });
    expect(await rows(`select status from timer where process_id = $1`, [processId])).toEqual([
      { status: 'voided' },
    ]);
    expect(
      await rows(`select count(*)::int as n from task where process_id = $1 and closed_at is null`, [
        processId,
      ]),
    ).toEqual([{ n: 0 }]);
    const history = (await council.ks.get(`/processes/${processId}/history`)).body;
    expect(history.at(-1)).toMatchObject({
      type: 'process.cancelled',
      payload: { reason: 'Doppelt eingereicht' },
      stateAfter: 'cancelled',
    });
    expect((await council.ks.get(`/audit-events/verify?processId=${processId}`)).body).toEqual({
      valid: true,
      count: history.length,
      brokenAtSeq: null,
      replayMatches: true,
    });
    expect((await council.ks.get(`/recommendations/${id}`)).body.state).toBe('cancelled');
    expect((await council.ks.get(`/processes/${processId}/diagram`)).status).toBe(200);
    const definition = (await council.ks.get('/process-definitions/recommendation')).body;
    expect(definition.stateLabels.cancelled).toEqual({ de: 'Abgebrochen', en: 'Cancelled' });
    expect(definition.commands).toContainEqual(expect.objectContaining({ type: 'CANCEL' }));
  });

  it('refuses a cancel by anybody else (403), without a reason (400) and of an ended process (409)', async () => {
    const { processId } = await inReview('Sitzbänke');
    const before = await rows(`select count(*)::int as n from command where process_id = $1`, [processId]);
    expect((await command(moderator, processId, 'CANCEL', { reason: 'Ich will nicht mehr' })).status).toBe(
      403,
    );
    const empty = await command(council.ks, processId, 'CANCEL', { reason: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ field: 'payload.reason' })]);
    expect(await rows(`select count(*)::int as n from command where process_id = $1`, [processId])).toEqual(
      before,
    );
    expect((await command(council.ks, processId, 'CANCEL', { reason: 'Erledigt' })).status).toBe(200);
    const again = await command(council.ks, processId, 'CANCEL', { reason: 'Nochmal' });
    expect(again.status).toBe(409);
    expect(again.body.details).toMatchObject({ state: 'cancelled', allowed: [] });
  });

  it("keeps a definition's own CANCEL: a moderator election is cancelled by its machine", async () => {
    const { electionId } = await council.foundGroup('AG Eigener Abbruch');
    const cancelled = await command(council.ks, electionId, 'CANCEL', { reason: 'Neuwahl später' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.process).toMatchObject({ state: 'cancelled', status: 'done' });
    const history = (await council.ks.get(`/processes/${electionId}/history`)).body;
    expect(history.at(-1).type).toBe('CANCEL');
  });
});
