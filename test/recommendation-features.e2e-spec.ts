import { Client } from 'pg';
import { waitFor } from '@gremium/testing';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { samplePdf } from './support/sample-files';
import { TestApp } from './support/test-app';

const DAY = 86_400_000;
const berlinDate = (instant: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(instant);

async function upload(client: HttpClient, name: string, content: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), name);
  const response = await fetch(`${client.baseUrl}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  return (await response.json()) as { id: string; sha256: string };
}

describe('recommendations the council can follow (issue 13): versions, tags, its own, due dates, answers with documents', () => {
  let app: TestApp;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let moderator: HttpClient;
  let outsider: HttpClient;
  let sql: Client;
  const command = (client: HttpClient, processId: string, type: string, payload: object = {}) =>
    client.post(`/processes/${processId}/commands`, { type, payload });
  const draft = (client: HttpClient, body: object) =>
    client.post('/recommendations', {
      text: 'Die Empfehlung im Wortlaut.',
      addressees: ['administration', 'council'],
      ...body,
    });

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(2);
    moderator = sg.members[1].http;
    const outsiderId = await council.person('Otto Aussen');
    outsider = await council.loginAs(outsiderId, 'otto@praeventionsrat.test');
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('keeps every wording: the one started with and one per EDIT that changed it', async () => {
    const created = await draft(moderator, { workingGroupId: sg.groupIds[0], title: 'Schulwege' });
    expect(created.status).toBe(201);
    const { id } = created.body;
    const edit = (text: string) =>
      moderator.put(`/recommendations/${id}`, { title: 'Sichere Schulwege', text, addressees: ['council'] });
    expect((await edit('Tempo 30 vor allen Schulen.')).status).toBe(200);
    expect((await edit('Tempo 30 vor allen Schulen und Kitas.')).status).toBe(200);
    expect((await edit('Tempo 30 vor allen Schulen und Kitas.')).status).toBe(200);
    const versions = await outsider.get(`/recommendations/${id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.map((v: { number: number; text: string }) => [v.number, v.text])).toEqual([
      [1, 'Die Empfehlung im Wortlaut.'],
      [2, 'Tempo 30 vor allen Schulen.'],
      [3, 'Tempo 30 vor allen Schulen und Kitas.'],
    ]);
    expect(versions.body[2]).toMatchObject({
      title: 'Sichere Schulwege',
      addressees: ['council'],
      editedById: sg.members[1].personId,
    });
    expect((await outsider.get(`/recommendations/${crypto.randomUUID()}/versions`)).status).toBe(404);
  });

  it('filters the list by tag across all groups (R12), without regard to case', async () => {
    const first = await draft(moderator, {
      workingGroupId: sg.groupIds[0],
      title: 'Pausenhof',
      tags: ['Mobbing'],
    });
    const second = await draft(sg.members[2].http, {
      workingGroupId: sg.groupIds[1],
      title: 'Seniorentreff',
      tags: ['Senioren', 'mobbing'],
    });
    const other = await draft(moderator, {
      workingGroupId: sg.groupIds[0],
      title: 'Licht',
      tags: ['Verkehr'],
    });
    for (const answer of [first, second, other]) expect(answer.status).toBe(201);
    const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();
    const byTag = await outsider.get('/recommendations?tag=Mobbing');
    expect(ids(byTag.body)).toEqual([first.body.id, second.body.id].sort());
    expect(byTag.headers.get('content-range')).toMatch(/\/2$/);
    const byFilter = await outsider.get(
      `/recommendations?filter=${encodeURIComponent(JSON.stringify({ tag: 'MOBBING', workingGroupId: sg.groupIds[1] }))}`,
    );
    expect(ids(byFilter.body)).toEqual([second.body.id]);
    expect((await outsider.get('/recommendations?tag=')).status).toBe(400);
    expect((await outsider.get('/recommendations?tag=%00')).status).toBe(400);
    expect((await outsider.get('/recommendations?tag=a&tag=b')).status).toBe(400);
  });

  it('lets the steering group give its own recommendation: drafted by the office, signed off by the same rule', async () => {
    expect((await draft(moderator, { title: 'Eigene der SG' })).status).toBe(403);
    const created = await draft(council.ks, { title: 'Präventionsbericht jährlich', tags: ['Mobbing'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ workingGroupId: null, state: 'draft' });
    const { id, processId } = created.body;
    expect(
      (await moderator.put(`/recommendations/${id}`, { title: 'x', text: 'y', addressees: ['council'] }))
        .status,
    ).toBe(403);
    expect(
      (
        await council.ks.put(`/recommendations/${id}`, {
          title: 'Präventionsbericht jährlich',
          text: 'Die Steuerungsgruppe empfiehlt einen jährlichen Bericht.',
          addressees: ['council'],
        })
      ).status,
    ).toBe(200);
    expect((await command(moderator, processId, 'SUBMIT')).status).toBe(403);
    expect((await command(council.ks, processId, 'SUBMIT')).status).toBe(200);
    // 7 occupied seats (office, two moderators, three appointed): the fourth approval decides.
    const voters = sg.members;
    for (const member of voters.slice(0, 3)) {
      expect((await command(member.http, processId, 'SIGN_OFF', { vote: 'approve' })).status).toBe(200);
    }
    expect((await council.ks.get(`/recommendations/${id}`)).body.state).toBe('inReview');
    expect((await command(voters[3].http, processId, 'SIGN_OFF', { vote: 'approve' })).status).toBe(200);
    expect((await council.ks.get(`/recommendations/${id}`)).body).toMatchObject({
      state: 'endorsed',
      workingGroupId: null,
    });
    expect((await council.ks.get(`/recommendations/${id}/versions`)).body).toHaveLength(2);
  });

  it('records an answer with its document, readable by everyone who reads the recommendation', async () => {
    const created = await draft(council.ks, {
      title: 'Antwort mit Dokument',
      addressees: ['administration'],
    });
    const { id, processId } = created.body;
    await council.send(processId, 'SUBMIT', {});
    for (const member of sg.members.slice(0, 4))
      await command(member.http, processId, 'SIGN_OFF', { vote: 'approve' });
    const today = berlinDate(Date.now());
    await council.send(processId, 'FORWARD', { addressee: 'administration', reference: 'V/7', date: today });
    const foreign = await upload(moderator, 'fremd.pdf', samplePdf());
    const refused = await command(council.ks, processId, 'RECORD_ANSWER', {
      addressee: 'administration',
      summary: 'Die Verwaltung setzt es um.',
      date: today,
      fileId: foreign.id,
    });
    expect(refused.status).toBe(400);
    const letter = await upload(council.ks, 'Antwortschreiben Stadtverwaltung.pdf', samplePdf('Antwort'));
    const answered = await command(council.ks, processId, 'RECORD_ANSWER', {
      addressee: 'administration',
      summary: 'Die Verwaltung setzt es um.',
      date: today,
      fileId: letter.id,
    });
    expect(answered.status).toBe(200);
    const recommendation = (await outsider.get(`/recommendations/${id}`)).body;
    expect(recommendation.state).toBe('answered');
    expect(recommendation.answers[0]).toMatchObject({ addressee: 'administration', fileId: letter.id });
    const attached = await outsider.get(`/attachments?subjectKind=recommendation&subjectId=${id}`);
    expect(attached.body).toEqual([
      expect.objectContaining({ id: letter.id, purpose: 'answer:administration', sha256: letter.sha256 }),
    ]);
    const download = await fetch(`${outsider.baseUrl}/files/${letter.id}`, {
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(download.status).toBe(200);
  });

  it('shows each forwarding’s due date and reminds the office once when an answer is overdue', async () => {
    const created = await draft(council.ks, { title: 'Frist der Antwort' });
    const { id, processId } = created.body;
    await council.send(processId, 'SUBMIT', {});
    for (const member of sg.members.slice(0, 4))
      await command(member.http, processId, 'SIGN_OFF', { vote: 'approve' });
    const today = berlinDate(Date.now());
    await council.send(processId, 'FORWARD', {
      addressee: 'administration',
      reference: 'V/8',
      date: today,
      answerDueOn: today,
    });
    await council.send(processId, 'FORWARD', { addressee: 'council', reference: 'DS 1', date: today });
    const forwards = (await outsider.get(`/recommendations/${id}`)).body.forwards;
    expect(forwards).toEqual([
      expect.objectContaining({ addressee: 'administration', dueOn: today, remindedAt: null }),
      expect.objectContaining({
        addressee: 'council',
        dueOn: berlinDate(Date.parse(`${today}T12:00:00Z`) + 56 * DAY),
      }),
    ]);
    const reminders = async () =>
      (
        await council.ks.get(
          `/notifications?filter=${encodeURIComponent(JSON.stringify({ subjectId: id, kind: 'answer-overdue' }))}`,
        )
      ).body as { message: string }[];
    expect(await reminders()).toHaveLength(0);

    // The day after the due date: the administration's answer is overdue, the council's is not.
    expect((await council.ks.put('/test/clock', { offsetMs: 2 * DAY })).status).toBe(200);
    await waitFor(async () => (await reminders()).length >= 1, {
      what: 'the overdue reminder',
      timeoutMs: 30_000,
    });
    const timers = async () =>
      (
        await sql.query(
          `select status, count(*)::int as n from timer where process_id = $1 group by status order by status`,
          [processId],
        )
      ).rows;
    await waitFor(async () => (await timers()).some((row) => row.status === 'pending'), {
      what: 'the next timer',
    });
    expect((await reminders())[0].message).toContain('Stadtverwaltung');

    // Past the council's due date, twice: one more reminder, for the council, and then nothing is timed.
    expect((await council.ks.put('/test/clock', { offsetMs: 60 * DAY })).status).toBe(200);
    await waitFor(async () => (await reminders()).length >= 2, {
      what: 'the council reminder',
      timeoutMs: 30_000,
    });
    await waitFor(async () => !(await timers()).some((row) => row.status === 'pending'), {
      what: 'no timer left',
    });
    expect((await council.ks.put('/test/clock', { offsetMs: 120 * DAY })).status).toBe(200);
    expect((await council.ks.get(`/processes/${processId}`)).body.state).toEqual({ forwarded: 'settled' });
    const all = await reminders();
    expect(all).toHaveLength(2);
    expect(all.map((n) => n.message).sort()).toEqual([
      expect.stringContaining('Die Antwort der Stadtverwaltung'),
      expect.stringContaining('Die Antwort des Stadtrats'),
    ]);
    expect(
      (await outsider.get(`/recommendations/${id}`)).body.forwards.every(
        (f: { remindedAt: number }) => f.remindedAt > 0,
      ),
    ).toBe(true);
    await council.ks.put('/test/clock', { offsetMs: 0 });
  });
});
