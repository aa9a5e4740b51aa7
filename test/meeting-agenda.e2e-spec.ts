import { CouncilFixture } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const DAY = 86_400_000;
const filter = (value: object) => encodeURIComponent(JSON.stringify(value));

interface Item {
  id: string;
  position: number;
  title: string;
  kind: string;
  source: string;
  processId: string | null;
  commandType: string | null;
  status: string;
}

describe('P8 live agenda: waiting decisions, items by hand, proposals, due dates', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
    council = new CouncilFixture(app, ks);
  });
  afterAll(() => app.close());

  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const agenda = async (meetingId: string) => (await ks.get(`/meetings/${meetingId}`)).body.agenda as Item[];
  const send = (processId: string, type: string, payload: object = {}) =>
    ks.post(`/processes/${processId}/commands`, { type, payload });
  const propose = async (name: string) =>
    (
      await ks.post('/processes', {
        definition: 'working-group-founding',
        input: { name, topic: 'Thema', rationale: 'Vorschlag' },
      })
    ).body.id as string;
  const openTasks = async (processId: string) =>
    (await ks.get(`/tasks?filter=${filter({ processId, open: true })}`)).body as {
      awaiting: { body?: string; personId?: string };
      dueAt: string | null;
    }[];

  it('puts a P1 proposal on the next plenary and steering meeting; INVITE freezes the agenda', async () => {
    const first = await council.meeting('plenary', inDays(20), 'Vollversammlung A');
    const second = await council.meeting('plenary', inDays(60), 'Vollversammlung B');
    const steering = await council.meeting('steering', inDays(10), 'Steuerungsgruppe A');
    const founding = await propose('AG Tagesordnung');

    const plenaryItems = await agenda(first.id);
    expect(plenaryItems).toEqual([
      expect.objectContaining({
        position: 1,
        title: 'Gründung der Arbeitsgruppe „AG Tagesordnung“',
        kind: 'decision',
        source: 'auto',
        processId: founding,
        commandType: 'PLENARY_DECISION',
        status: 'accepted',
      }),
    ]);
    expect(await agenda(second.id)).toEqual([]);
    expect((await agenda(steering.id))[0]).toMatchObject({
      processId: founding,
      commandType: 'STEERING_DECISION',
    });
    const due = Object.fromEntries(
      (await openTasks(founding)).map((task) => [task.awaiting.body, task.dueAt]),
    );
    expect(due).toEqual({ plenary: first.start, steering: steering.start });

    const added = await ks.post(`/meetings/${first.id}/agenda-items`, {
      title: 'Jahresbericht',
      kind: 'report',
    });
    expect(added.status).toBe(201);
    const moved = await ks.put(`/meetings/${first.id}/agenda-items/${added.body.id}`, { position: 1 });
    expect(moved.status).toBe(200);
    expect((await agenda(first.id)).map((item) => [item.position, item.title])).toEqual([
      [1, 'Jahresbericht'],
      [2, 'Gründung der Arbeitsgruppe „AG Tagesordnung“'],
    ]);
    const autoId = (await agenda(first.id))[1].id;
    expect((await ks.delete(`/meetings/${first.id}/agenda-items/${autoId}`)).status).toBe(409);

    expect((await send(first.processId, 'INVITE')).status).toBe(200);
    const later = await propose('AG Nachzügler');
    const frozen = await agenda(first.id);
    expect(frozen.map((item) => item.title)).toEqual([
      'Jahresbericht',
      'Gründung der Arbeitsgruppe „AG Tagesordnung“',
    ]);
    expect((await agenda(second.id)).map((item) => item.processId)).toEqual([later]);
    const laterDue = (await openTasks(later)).find((task) => task.awaiting.body === 'plenary');
    expect(laterDue?.dueAt).toBe(second.start);
    // A supplement by hand after the invitation.
    const supplement = await ks.post(`/meetings/${first.id}/agenda-items`, {
      title: 'Nachtrag',
      kind: 'topic',
    });
    expect(supplement.status).toBe(201);
    expect((await agenda(first.id)).map((item) => item.title)).toContain('Nachtrag');

    // Cancelling the invited meeting returns its decisions to the next planned one.
    expect((await send(first.processId, 'CANCEL', { reason: 'Saal gesperrt' })).status).toBe(200);
    expect((await agenda(second.id)).map((item) => item.processId).sort()).toEqual([founding, later].sort());
    expect((await openTasks(founding)).find((task) => task.awaiting.body === 'plenary')?.dueAt).toBe(
      second.start,
    );
    expect(
      (await ks.post(`/meetings/${first.id}/agenda-items`, { title: 'Zu spät', kind: 'topic' })).status,
    ).toBe(409);
  });

  it('lets members propose topics that the moderator accepts or declines (R3)', async () => {
    const moderator = await council.person('Mara Moderation');
    const member = await council.person('Milan Mitglied');
    const outsider = await council.person('Olaf Außen');
    const { groupId, electionId } = await council.foundGroup('AG Themen', [moderator, member]);
    const meeting = await council.meeting('working-group', inDays(15), 'AG Themen I', {
      workingGroupId: groupId,
    });
    // The open election waits on the group: it is on the group's agenda.
    expect((await agenda(meeting.id)).map((item) => item.commandType)).toEqual(['ELECT']);
    await council.elect(electionId, moderator);
    expect(await agenda(meeting.id)).toEqual([]);

    const asModerator = await council.loginAs(moderator, 'mara@praeventionsrat.test');
    const asMember = await council.loginAs(member, 'milan@praeventionsrat.test');
    const asOutsider = await council.loginAs(outsider, 'olaf@praeventionsrat.test');
    const items = `/meetings/${meeting.id}/agenda-items`;
    expect((await asOutsider.post(items, { title: 'Fremd', kind: 'topic' })).status).toBe(403);
    const asReport = await asMember.post(items, { title: 'Bericht', kind: 'report' });
    expect(asReport.status).toBe(400);
    const proposed = await asMember.post(items, { title: 'Mobbing an Schulen', kind: 'topic' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ source: 'proposal', status: 'proposed', proposedById: member });
    expect((await asMember.put(`${items}/${proposed.body.id}`, { status: 'accepted' })).status).toBe(403);
    const accepted = await asModerator.put(`${items}/${proposed.body.id}`, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    expect((await agenda(meeting.id))[0]).toMatchObject({ title: 'Mobbing an Schulen', status: 'accepted' });
    const declined = await asMember.post(items, { title: 'Ausflug', kind: 'topic' });
    await asModerator.put(`${items}/${declined.body.id}`, { status: 'declined' });
    expect((await agenda(meeting.id)).map((item) => item.status)).toEqual(['accepted', 'declined']);
    expect((await asModerator.delete(`${items}/${declined.body.id}`)).status).toBe(204);
    expect(await agenda(meeting.id)).toHaveLength(1);
  });

  it('dates the sign-off of a P4 in review by the steering meeting or the end of the review period', async () => {
    const sg = await council.steeringGroup(1);
    const moderator = sg.members[1].http;
    const planned = (await ks.get(`/meetings?filter=${filter({ body: 'steering', state: 'planned' })}`)).body;
    for (const meeting of planned) await send(meeting.processId, 'CANCEL', { reason: 'verlegt' });
    const late = await council.meeting('steering', inDays(90), 'Steuerungsgruppe spät');
    const draft = await moderator.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: 'Beleuchtung am Bahnhof',
      text: 'Mehr Licht.',
      addressees: ['administration'],
    });
    expect(draft.status).toBe(201);
    const submitted = await moderator.post(`/processes/${draft.body.processId}/commands`, {
      type: 'SUBMIT',
      payload: {},
    });
    expect(submitted.status).toBe(200);
    const context = submitted.body.process.context as { submittedAt: number; reviewPeriodMs: number };
    const reviewEnd = new Date(context.submittedAt + context.reviewPeriodMs).toISOString();
    expect((await agenda(late.id)).find((item) => item.processId === draft.body.processId)).toMatchObject({
      title: 'Handlungsempfehlung „Beleuchtung am Bahnhof“',
      commandType: 'STEERING_DECISION',
    });
    // The review period (42 days) ends before the meeting in 90 days …
    const dueDates = async () => [
      ...new Set((await openTasks(draft.body.processId)).map((task) => task.dueAt)),
    ];
    expect(await dueDates()).toEqual([reviewEnd]);
    // … but not before a steering meeting planned in 20 days.
    const early = await council.meeting('steering', inDays(20), 'Steuerungsgruppe früh');
    expect(await dueDates()).toEqual([early.start]);
    expect((await agenda(late.id)).map((item) => item.processId)).not.toContain(draft.body.processId);
  });
});
