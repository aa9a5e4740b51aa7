import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { SmtpSink, tablesChecksum, waitFor } from '@gremium/testing';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { ADMIN, TestApp } from './support/test-app';

const TABLES = ['recommendation', 'process_instance', 'command', 'audit_event'];
const berlinToday = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    Date.now() + offsetDays * 86_400_000,
  );

describe('P4 recommendations from a working group to the city, over HTTP with several steering members', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let moderator: HttpClient;
  let groupId: string;
  let memberOnly: HttpClient;
  let expired: HttpClient;
  let sql: Client;
  /** The steering group's meeting today: a decision may be recorded at it. */
  let meetingId: string;
  const meeting = async (
    body: 'plenary' | 'steering' | 'working-group',
    date: string,
    workingGroupId?: string,
  ) => (await council.meeting(body, date, `Sitzung ${date}`, { workingGroupId })).id as string;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    app = await TestApp.start({ env: { SMTP_URL: smtp.url } });
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(4);
    groupId = sg.groupIds[0];
    moderator = sg.members[1].http;
    const memberId = await council.person('Mia Mitglied');
    await council.ks.post('/memberships', {
      personId: memberId,
      workingGroupId: groupId,
      role: 'member',
      from: '2026-01-01',
    });
    memberOnly = await council.loginAs(memberId, 'mia@praeventionsrat.test');
    const formerId = await council.person('Fritz Frueher');
    const police = await council.organization('Polizeirevier Süd', 'police');
    await council.appoint('police', formerId, police, '2023-01-01');
    expired = await council.loginAs(formerId, 'fritz@praeventionsrat.test');
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
    meetingId = await meeting('steering', berlinToday());
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
    await smtp.close();
  });

  const steering = () => sg.members;
  const draft = (addressees = ['administration', 'council'], title = 'Sichere Schulwege') =>
    moderator.post('/recommendations', {
      workingGroupId: groupId,
      title,
      text: 'Die AG empfiehlt Tempo 30 vor Schulen.',
      addressees,
      tags: ['Mobbing'],
    });
  const command = (client: HttpClient, processId: string, type: string, payload: object = {}) =>
    client.post(`/processes/${processId}/commands`, { type, payload });

  async function submitted(addressees?: string[]) {
    const created = await draft(addressees);
    expect(created.status).toBe(201);
    expect((await command(moderator, created.body.processId, 'SUBMIT')).status).toBe(200);
    return created.body as { id: string; processId: string };
  }

  it('lets members draft and edit, only the moderator submit, nobody edit in review', async () => {
    const created = await draft();
    expect(created.body).toMatchObject({
      state: 'draft',
      addressees: ['administration', 'council'],
      tags: ['Mobbing'],
    });
    const { id, processId } = created.body;
    const edited = await memberOnly.put(`/recommendations/${id}`, {
      title: 'Sichere Schulwege für alle',
      text: 'Neu',
      addressees: ['council'],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Sichere Schulwege für alle', addressees: ['council'] });

    const before = await tablesChecksum(app.db.url, TABLES);
    expect((await command(memberOnly, processId, 'SUBMIT')).status).toBe(403);
    expect(
      (await expired.put(`/recommendations/${id}`, { title: 'x', text: 'y', addressees: ['council'] }))
        .status,
    ).toBe(403);
    expect(
      (await council.ks.put(`/recommendations/${id}`, { title: 'x', text: 'y', addressees: [] })).status,
    ).toBe(400);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);

    expect((await command(moderator, processId, 'SUBMIT')).status).toBe(200);
    const inReview = await memberOnly.put(`/recommendations/${id}`, {
      title: 'zu spät',
      text: 'y',
      addressees: ['council'],
    });
    expect(inReview.status).toBe(409);
    expect(
      (
        await memberOnly.post('/recommendations', {
          workingGroupId: sg.groupIds[1],
          title: 't',
          text: 'x',
          addressees: ['council'],
        })
      ).status,
    ).toBe(403);
  });

  it('is endorsed by the 5th approval of 8 occupied seats, not the 4th, and refuses later and foreign votes', async () => {
    const { id, processId } = await submitted();
    const voters = steering();
    for (const member of voters.slice(0, 4)) {
      const voted = await command(member.http, processId, 'SIGN_OFF', {
        vote: 'approve',
        comment: `Zustimmung ${member.name}`,
      });
      expect(voted.status).toBe(200);
    }
    let recommendation = (await council.ks.get(`/recommendations/${id}`)).body;
    expect(recommendation.state).toBe('inReview');
    expect(recommendation.votes).toHaveLength(4);
    expect(
      recommendation.votes.find((v: { personId: string }) => v.personId === voters[1].personId).asModerator,
    ).toBe(true);
    expect(recommendation.notVoted.sort()).toEqual(
      voters
        .slice(4)
        .map((m) => m.personId)
        .sort(),
    );
    const inbox = (
      await council.ks.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ processId, open: true }))}`)
    ).body;
    expect(inbox.map((t: { awaiting: { personId: string } }) => t.awaiting.personId).sort()).toEqual(
      recommendation.notVoted.sort(),
    );

    const before = await tablesChecksum(app.db.url, TABLES);
    expect((await command(expired, processId, 'SIGN_OFF', { vote: 'reject' })).status).toBe(403);
    expect((await command(memberOnly, processId, 'SIGN_OFF', { vote: 'reject' })).status).toBe(403);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);

    expect(
      (await command(voters[4].http, processId, 'SIGN_OFF', { vote: 'approve' })).body.process.state,
    ).toBe('endorsed');
    recommendation = (await council.ks.get(`/recommendations/${id}`)).body;
    expect(recommendation).toMatchObject({
      state: 'endorsed',
      decision: { outcome: 'endorsed', via: 'sign-off' },
      notVoted: [],
    });
    const late = await command(voters[5].http, processId, 'SIGN_OFF', { vote: 'reject' });
    expect(late.status).toBe(409);
  });

  it('refuses a meeting decision at a future meeting, one before the submission, or of another body', async () => {
    const { processId } = await submitted(['administration']);
    const future = await meeting('steering', berlinToday(400));
    const before = await meeting('steering', '2025-06-01');
    const plenary = await meeting('plenary', berlinToday());
    const unchanged = await tablesChecksum(app.db.url, TABLES);
    const decide = (id: string) =>
      command(council.ks, processId, 'STEERING_DECISION', {
        decision: 'endorsed',
        meetingId: id,
        votes: { yes: 6, no: 1, abstain: 1 },
      });
    const refusals = await Promise.all([future, before, plenary].map(decide));
    expect(refusals.map((refusal) => refusal.status)).toEqual([409, 409, 409]);
    expect(refusals.map((refusal) => refusal.body.details)).toEqual([
      [
        expect.objectContaining({
          field: 'payload.meetingId',
          key: 'meeting.in_future',
          params: { date: berlinToday(400) },
        }),
      ],
      [
        expect.objectContaining({
          field: 'payload.meetingId',
          key: 'meeting.before_start',
          params: { date: '2025-06-01', start: berlinToday() },
        }),
      ],
      [
        expect.objectContaining({
          field: 'payload.meetingId',
          key: 'meeting.wrong_body',
          params: { body: 'steering' },
        }),
      ],
    ]);
    const unknown = await decide('5b0a3a8e-8a4c-4d71-9f6b-2f7d1d0c0c11');
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ key: 'meeting.unknown' })]);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(unchanged);
    expect((await decide(meetingId)).body.process.state).toBe('endorsed');
  });

  it('runs the full lifecycle to closed with both addressees', async () => {
    const { id, processId } = await submitted(['administration', 'council']);
    await command(council.ks, processId, 'STEERING_DECISION', {
      decision: 'endorsed',
      meetingId,
      votes: { yes: 7, no: 0, abstain: 1 },
    });
    let tasks = (
      await council.ks.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ processId, open: true }))}`)
    ).body;
    expect(tasks.map((t: { label: string }) => t.label).sort()).toEqual([
      'Weiterleitung erfassen: administration',
      'Weiterleitung erfassen: council',
    ]);
    await command(council.ks, processId, 'FORWARD', {
      addressee: 'administration',
      reference: 'Schreiben an OB, Az. 32/2026',
      date: '2026-04-01',
    });
    expect(
      (
        await command(council.ks, processId, 'FORWARD', {
          addressee: 'administration',
          reference: 'x',
          date: '2026-04-01',
        })
      ).status,
    ).toBe(409);
    await command(council.ks, processId, 'FORWARD', {
      addressee: 'council',
      reference: 'VIII/2026/01234',
      date: '2026-04-02',
    });
    expect((await council.ks.get(`/recommendations/${id}`)).body.state).toBe('forwarded');
    tasks = (
      await council.ks.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ processId, open: true }))}`)
    ).body;
    expect(tasks).toHaveLength(2);
    await command(council.ks, processId, 'RECORD_ANSWER', {
      addressee: 'council',
      summary: 'Der Stadtrat beauftragt die Verwaltung.',
      date: '2026-05-20',
    });
    await command(council.ks, processId, 'RECORD_ANSWER', {
      addressee: 'administration',
      summary: 'Umsetzung im Schuljahr 2026/27.',
      date: '2026-06-01',
      reference: 'Az. 32/2026-2',
    });
    expect((await council.ks.get(`/recommendations/${id}`)).body.state).toBe('answered');
    const closed = await command(council.ks, processId, 'CLOSE', {});
    expect(closed.body.process).toMatchObject({ state: 'closed', status: 'done' });
    const final = (await council.ks.get(`/recommendations/${id}`)).body;
    expect(final.forwards).toHaveLength(2);
    expect(final.answers).toHaveLength(2);
  });

  it('escalates one left unanswered to the city council, whose answer is then required', async () => {
    const { id, processId } = await submitted(['administration']);
    await command(council.ks, processId, 'STEERING_DECISION', {
      decision: 'endorsed',
      meetingId,
      votes: { yes: 6, no: 1, abstain: 1 },
    });
    await command(council.ks, processId, 'FORWARD', {
      addressee: 'administration',
      reference: 'Az. 1',
      date: '2026-04-01',
    });
    const escalated = await command(council.ks, processId, 'ESCALATE_TO_COUNCIL', {
      note: 'Seit acht Wochen keine Antwort der Verwaltung.',
    });
    expect(escalated.status).toBe(200);
    expect((await council.ks.get(`/recommendations/${id}`)).body.addressees).toEqual([
      'administration',
      'council',
    ]);
    await command(council.ks, processId, 'RECORD_ANSWER', {
      addressee: 'administration',
      summary: 'Keine Mittel.',
      date: '2026-06-01',
    });
    expect((await council.ks.get(`/recommendations/${id}`)).body.state).toBe('forwarded');
    await command(council.ks, processId, 'RECORD_ANSWER', {
      addressee: 'council',
      summary: 'Mittel im Haushalt 2027.',
      date: '2026-07-01',
    });
    expect((await council.ks.get(`/recommendations/${id}`)).body.state).toBe('answered');
  });

  it('tells each steering member that a vote awaits them, and the moderator when the draft is returned', async () => {
    const mailsBefore = smtp.messages.length;
    const { id, processId } = await submitted(['administration']);
    const mine = async (client: HttpClient, kind: string) =>
      ((await client.get('/notifications')).body as { kind: string; subjectId: string }[]).filter(
        (notification) => notification.kind === kind && notification.subjectId === id,
      );
    for (const member of steering()) expect(await mine(member.http, 'vote-awaited')).toHaveLength(1);
    await waitFor(
      async () =>
        steering().every((member) =>
          smtp.messages.slice(mailsBefore).some((mail) => mail.to.includes(member.email)),
        ),
      { what: 'a mail to every steering member' },
    );
    await command(council.ks, processId, 'STEERING_DECISION', {
      decision: 'returned',
      meetingId,
      votes: { yes: 2, no: 5, abstain: 1 },
    });
    expect(await mine(moderator, 'draft-returned')).toHaveLength(1);
    expect(await mine(memberOnly, 'draft-returned')).toHaveLength(0);
  });

  it('escalates after each review period (set to seconds), mails each time, and stops at the decision', async () => {
    const settings = await council.ks.put('/settings', {
      reviewPeriod: 'PT2S',
      answerPeriod: 'P8W',
      termAlertLeadDays: [180, 90, 30, 7],
      signOffMajority: 'more-than-half',
    });
    expect(settings.status).toBe(200);
    const mailsBefore = smtp.messages.length;
    const { id, processId } = await submitted(['council']);
    const notifications = async () =>
      (
        await council.ks.get(
          `/notifications?filter=${encodeURIComponent(JSON.stringify({ subjectId: id, kind: 'review-escalated' }))}`,
        )
      ).body;
    await waitFor(async () => (await notifications()).length >= 2, {
      what: 'two escalations',
      timeoutMs: 30_000,
    });
    expect((await council.ks.get(`/recommendations/${id}`)).body.escalated).toBe(true);
    // The office's escalation mails (each steering member also got one: a vote awaits them; answers of
    // recommendations forwarded in earlier tests fall overdue meanwhile).
    const officeMails = async () => {
      const toOffice = smtp.messages.slice(mailsBefore).filter((mail) => mail.to.includes(ADMIN.email));
      const parsed = await Promise.all(toOffice.map((mail) => simpleParser(mail.raw)));
      return parsed.filter((mail) => mail.subject?.startsWith('Prüffrist überschritten'));
    };
    await waitFor(async () => (await officeMails()).length >= 2, { what: 'two e-mails' });

    await command(council.ks, processId, 'STEERING_DECISION', {
      decision: 'rejected',
      meetingId,
      votes: { yes: 1, no: 6, abstain: 1 },
    });
    const pending = await sql.query(
      `select count(*)::int as n from timer where process_id = $1 and status = 'pending'`,
      [processId],
    );
    expect(pending.rows[0].n).toBe(0);
    const count = (await notifications()).length;
    // A notification's mail is sent after it is stored: wait for each, then no more than one each.
    await waitFor(async () => (await officeMails()).length >= count, { what: 'one e-mail per escalation' });
    expect(await officeMails()).toHaveLength(count);
    await council.ks.put('/settings', {
      reviewPeriod: 'P42D',
      answerPeriod: 'P8W',
      termAlertLeadDays: [180, 90, 30, 7],
      signOffMajority: 'more-than-half',
    });
  });
});
