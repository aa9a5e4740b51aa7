import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { waitFor } from '@gremium/testing';
import { CouncilFixture, meetingBody } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('P8 meeting: planned, invited, held, minutes approved', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
    council = new CouncilFixture(app, ks);
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const send = (processId: string, type: string, payload: object = {}) =>
    ks.post(`/processes/${processId}/commands`, { type, payload });
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  /** The calendar date in Europe/Berlin `days` from now: a decision's meeting may not lie ahead of it. */
  const berlinDate = (days: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(Date.now() + days * DAY);

  it('starts a process when a meeting is planned and walks it to approved minutes', async () => {
    const planned = await council.meeting('steering', inDays(10), 'Steuerungsgruppe I');
    expect(planned).toMatchObject({
      state: 'planned',
      body: 'steering',
      date: inDays(10),
      location: 'Ratshof, Beratungsraum 1',
      icalUid: `meeting-${planned.id}@gremium`,
    });
    const process = (await ks.get(`/processes/${planned.processId}`)).body;
    expect(process.definition).toBe('meeting');
    expect(process.availableCommands.map((c: { type: string }) => c.type).sort()).toEqual([
      'CANCEL',
      'INVITE',
      'RESCHEDULE',
    ]);

    expect((await send(planned.processId, 'INVITE')).status).toBe(200);
    const person = await council.person('Anna Anwesend');
    const early = await send(planned.processId, 'HOLD', { attendance: [person] });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('not started');

    expect((await ks.put('/test/clock', { offsetMs: 11 * DAY })).status).toBe(200);
    const unknown = await send(planned.processId, 'HOLD', { attendance: [randomUUID()] });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.details)).toContain('payload.attendance');
    expect((await send(planned.processId, 'HOLD', { attendance: [person] })).status).toBe(200);
    expect((await ks.get(`/meetings/${planned.id}`)).body).toMatchObject({
      state: 'held',
      attendance: [person],
    });
    expect((await send(planned.processId, 'APPROVE_MINUTES')).status).toBe(409);
    const minutes = await ks.put(`/meetings/${planned.id}/minutes`, { attendance: [person], items: [] });
    expect(minutes.status).toBe(200);
    expect((await send(planned.processId, 'APPROVE_MINUTES')).status).toBe(200);
    expect((await ks.get(`/meetings/${planned.id}`)).body.state).toBe('minutesApproved');
    await ks.put('/test/clock', { offsetMs: 0 });
  });

  it('reschedules and cancels, and refuses bad input naming the field', async () => {
    const planned = await council.meeting('plenary', inDays(30), 'Vollversammlung');
    const moved = meetingBody('plenary', inDays(31), 'x');
    const rescheduled = await send(planned.processId, 'RESCHEDULE', { start: moved.start, end: moved.end });
    expect(rescheduled.status).toBe(200);
    expect((await ks.get(`/meetings/${planned.id}`)).body).toMatchObject({ date: inDays(31), sequence: 0 });
    const backwards = await send(planned.processId, 'RESCHEDULE', { start: moved.end, end: moved.start });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body.details)).toContain('end');
    await send(planned.processId, 'INVITE');
    expect((await send(planned.processId, 'CANCEL', { reason: 'Raum belegt' })).status).toBe(200);
    expect((await ks.get(`/meetings/${planned.id}`)).body).toMatchObject({
      state: 'cancelled',
      cancelReason: 'Raum belegt',
      sequence: 1,
    });
    expect((await send(planned.processId, 'INVITE')).status).toBe(409);

    const adopt = {
      ...meetingBody('plenary', inDays(5), 'Heimlich'),
      adopt: { meetingId: randomUUID(), held: true },
    };
    const refused = await ks.post('/meetings', adopt);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('adopt');
  });

  it('lets only the coordination office or the group’s moderator organise a meeting', async () => {
    const moderator = await council.person('Mona Moderation');
    const member = await council.person('Max Mitglied');
    const { groupId, electionId } = await council.foundGroup('AG Sitzungsdienst', [moderator, member]);
    await council.elect(electionId, moderator);
    const asModerator = await council.loginAs(moderator, 'mona@praeventionsrat.test');
    const asMember = await council.loginAs(member, 'max@praeventionsrat.test');
    const body = meetingBody('working-group', inDays(12), 'AG-Sitzung', { workingGroupId: groupId });
    expect((await asMember.post('/meetings', body)).status).toBe(403);
    const created = await asModerator.post('/meetings', body);
    expect(created.status).toBe(201);
    expect(
      (await asMember.post(`/processes/${created.body.processId}/commands`, { type: 'INVITE', payload: {} }))
        .status,
    ).toBe(403);
    expect(
      (
        await asModerator.post(`/processes/${created.body.processId}/commands`, {
          type: 'INVITE',
          payload: {},
        })
      ).status,
    ).toBe(200);
    expect((await asModerator.post('/meetings', meetingBody('steering', inDays(12), 'SG'))).status).toBe(403);
  });

  it('accepts a decision only at a held meeting of the deciding body', async () => {
    const today = berlinDate(0);
    const plenary = await council.meeting('plenary', today, 'Vollversammlung Beschluss');
    const steering = await council.meeting('steering', today, 'Steuerungsgruppe Beschluss');
    const coming = await council.meeting('plenary', inDays(20), 'Kommende Vollversammlung');
    const cancelled = await council.meeting('plenary', today, 'Abgesagt');
    await send(cancelled.processId, 'CANCEL', { reason: 'entfällt' });
    const founding = await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: 'AG Beschlussfähig', topic: 'Beschlüsse', rationale: 'Test' },
    });
    const decide = (meetingId: string) =>
      send(founding.body.id, 'PLENARY_DECISION', { decision: 'adopted', meetingId });
    for (const [meetingId, status] of [
      [steering.id, 409],
      [randomUUID(), 400],
      [cancelled.id, 409],
      [coming.id, 409],
    ] as const) {
      const refused = await decide(meetingId);
      expect(refused.status).toBe(status);
      expect(JSON.stringify(refused.body)).toContain('payload.meetingId');
    }
    expect((await decide(plenary.id)).status).toBe(200);
    const wrong = await send(founding.body.id, 'STEERING_DECISION', {
      decision: 'granted',
      meetingId: plenary.id,
    });
    expect(wrong.status).toBe(409);
    expect(
      (await send(founding.body.id, 'STEERING_DECISION', { decision: 'granted', meetingId: steering.id }))
        .status,
    ).toBe(200);
  });

  it('adopts the meetings recorded before P8 as processes, past ones held', async () => {
    const past = randomUUID();
    const future = randomUUID();
    for (const [id, date, state] of [
      [past, inDays(-40), 'held'],
      [future, inDays(40), 'planned'],
    ]) {
      await sql.query(
        `insert into meeting (id, body, date, kind, title, start, "end", location, state, attendance, created_at, updated_at)
         values ($1, 'plenary', $2, 'regular', $3, ($2::date + time '10:00') at time zone 'Europe/Berlin',
                 ($2::date + time '12:00') at time zone 'Europe/Berlin', 'nicht erfasst', $4, '[]', now(), now())`,
        [id, date, `Erfasst ${state}`, state],
      );
    }
    await app.startWorker();
    const adopted = await waitFor(
      async () => {
        const { rows } = await sql.query(
          `select m.id, m.state, p.state as process_state, p.start_key from meeting m
           join process_instance p on p.id = m.process_id where m.id = any($1)`,
          [[past, future]],
        );
        return rows.length === 2 ? rows : null;
      },
      { what: 'recorded meetings adopted' },
    );
    expect(adopted.find((row) => row.id === past)).toMatchObject({ state: 'held', process_state: 'held' });
    expect(adopted.find((row) => row.id === future)).toMatchObject({
      state: 'planned',
      process_state: 'planned',
    });
    const history = (await ks.get(`/processes/${(await ks.get(`/meetings/${past}`)).body.processId}/history`))
      .body;
    expect(history).toHaveLength(1);
  });
});
