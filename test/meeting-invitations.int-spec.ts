import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type Attachment } from 'mailparser';
import * as nodeIcal from 'node-ical';
import { SmtpSink, waitFor } from '@gremium/testing';
import { CouncilFixture, meetingBody, type SteeringCouncil } from './support/council-fixture';
import { ProductProcess, WORKER_ENTRY } from './faults/cluster';
import { SmtpGate } from './faults/smtp-gate';
import { TestApp } from './support/test-app';

interface Received {
  to: string[];
  subject: string;
  text: string;
  ics: string;
}

async function read(raw: string): Promise<Received> {
  const mail = await simpleParser(raw);
  const calendar = mail.attachments.find((part: Attachment) => part.contentType.startsWith('text/calendar'));
  if (!calendar) throw new Error('no text/calendar part');
  return {
    to: [mail.to].flat().flatMap((address) => address?.value.map((v) => v.address ?? '') ?? []),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    ics: calendar.content.toString('utf8'),
  };
}

/** Parsed by a second library (node-ical), not the one that wrote it (ical-generator). */
function eventOf(ics: string) {
  const parsed = nodeIcal.sync.parseICS(ics);
  const events = Object.values(parsed).filter((item) => item?.type === 'VEVENT') as nodeIcal.VEvent[];
  expect(events).toHaveLength(1);
  return events[0];
}

describe('P8 invitations: one e-mail per invitee with an iCalendar message', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let council: CouncilFixture;
  let sg: SteeringCouncil;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    app = await TestApp.start({ env: { SMTP_URL: smtp.url } });
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(1);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const send = (processId: string, type: string, payload: object = {}) =>
    council.ks.post(`/processes/${processId}/commands`, { type, payload });
  const mailsFrom = async (index: number, count: number) => {
    await waitFor(async () => smtp.messages.length >= index + count, { what: `${index + count} mails` });
    return Promise.all(smtp.messages.slice(index, index + count).map((mail) => read(mail.raw)));
  };

  it('invites every steering member once, moves the meeting across the DST change, cancels it', async () => {
    const founding = await council.ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: 'AG Einladung', topic: 'Sitzungsdienst', rationale: 'Test' },
    });
    // Friday before the change to summer time (28 March 2027): 10:00 CET is 09:00 UTC.
    const meeting = await council.plannedMeeting('steering', '2027-03-26', 'Steuerungsgruppe I/2027');
    expect(meeting.start).toBe('2027-03-26T09:00:00.000Z');
    const invitees = sg.members.map((member) => member.email.replace('konto.', '')).sort();

    expect((await send(meeting.processId, 'INVITE')).status).toBe(200);
    const invitations = await mailsFrom(0, invitees.length);
    expect(invitations.flatMap((mail) => mail.to).sort()).toEqual(invitees);
    for (const mail of invitations) {
      expect(mail.subject).toBe('Einladung: Steuerungsgruppe I/2027 am Freitag, 26.03.2027, 10:00–12:00 Uhr');
      expect(mail.text).toContain('TOP 1: Gründung der Arbeitsgruppe „AG Einladung“');
      expect(mail.ics).toContain('METHOD:REQUEST');
      expect(mail.ics).toContain('BEGIN:VTIMEZONE');
      expect(mail.ics).toContain('DTSTART;TZID=Europe/Berlin:20270326T100000');
      const event = eventOf(mail.ics);
      expect(event.uid).toBe(meeting.icalUid);
      expect(String(event.sequence)).toBe('0');
      expect(event.start.toISOString()).toBe('2027-03-26T09:00:00.000Z');
      expect(event.start.tz).toBe('Europe/Berlin');
      expect(event.location).toBe('Ratshof, Beratungsraum 1');
    }
    expect(founding.status).toBe(201);

    // Moved to the Tuesday after the change: 10:00 CEST is 08:00 UTC, SEQUENCE rises.
    const moved = meetingBody('steering', '2027-03-30', 'x');
    expect((await send(meeting.processId, 'RESCHEDULE', { start: moved.start, end: moved.end })).status).toBe(
      200,
    );
    const updates = await mailsFrom(invitees.length, invitees.length);
    expect(updates.flatMap((mail) => mail.to).sort()).toEqual(invitees);
    for (const mail of updates) {
      expect(mail.subject).toContain('Geänderte Einladung');
      expect(mail.ics).toContain('DTSTART;TZID=Europe/Berlin:20270330T100000');
      const event = eventOf(mail.ics);
      expect(event.uid).toBe(meeting.icalUid);
      expect(String(event.sequence)).toBe('1');
      expect(event.start.toISOString()).toBe('2027-03-30T08:00:00.000Z');
      expect(event.end?.toISOString()).toBe('2027-03-30T10:00:00.000Z');
    }

    expect((await send(meeting.processId, 'CANCEL', { reason: 'Beschlussunfähig' })).status).toBe(200);
    const cancellations = await mailsFrom(2 * invitees.length, invitees.length);
    for (const mail of cancellations) {
      expect(mail.ics).toContain('METHOD:CANCEL');
      expect(mail.text).toContain('Grund: Beschlussunfähig');
      const event = eventOf(mail.ics);
      expect(event.uid).toBe(meeting.icalUid);
      expect(String(event.sequence)).toBe('2');
      expect(event.status).toBe('CANCELLED');
    }

    const page = (await council.ks.get(`/meetings/${meeting.id}`)).body;
    expect(page.invitations).toHaveLength(invitees.length);
    for (const status of page.invitations) {
      expect(status).toMatchObject({ kind: 'meeting-cancellation', email: true });
      expect(status.mailedAt).not.toBeNull();
    }
    const download = await fetch(`${app.http.baseUrl}/meetings/${meeting.id}/invitation.ics`, {
      headers: { authorization: `Bearer ${council.ks.token}` },
    });
    expect(download.headers.get('content-type')).toContain('text/calendar');
    const ics = await download.text();
    expect(ics).toContain('METHOD:CANCEL');
    expect(eventOf(ics).uid).toBe(meeting.icalUid);
    expect(smtp.messages).toHaveLength(3 * invitees.length);
  });
});

describe('P8 invitations survive a worker killed while it sends them', () => {
  let app: TestApp;
  let gate: SmtpGate;
  let worker: ProductProcess | null = null;

  beforeAll(async () => {
    gate = await SmtpGate.start();
    app = await TestApp.start({
      worker: 'off',
      sweepInterval: 'PT1S',
      env: { SMTP_URL: gate.urlFor('api') },
    });
  });
  afterAll(async () => {
    await worker?.kill9();
    await app.close();
    await gate.close();
  });

  it('delivers one invitation per invitee after kill -9 and an emptied Redis (a repeat only from the killed worker)', async () => {
    const council = new CouncilFixture(app, await app.login());
    const people = await Promise.all(
      ['Ida Eins', 'Ivo Zwei', 'Ina Drei', 'Igor Vier'].map((name) => council.person(name)),
    );
    for (const personId of people) {
      await council.ks.post('/memberships', {
        personId,
        body: 'plenary',
        role: 'member',
        from: '2026-01-01',
      });
    }
    worker = ProductProcess.spawn(
      'worker-1',
      WORKER_ENTRY,
      {
        NODE_ENV: 'test',
        DATABASE_URL: app.config.databaseUrl,
        REDIS_URL: app.config.redisUrl,
        QUEUE_PREFIX: app.config.queuePrefix,
        SMTP_URL: gate.urlFor('worker-1'),
        TIMER_SWEEP_INTERVAL: 'PT1S',
      },
      join(tmpdir(), `gremium-invitations-${process.pid}.log`),
    );
    const meeting = await council.plannedMeeting('plenary', '2027-02-10', 'Vollversammlung 2027');
    expect(meeting.state).toBe('planned');
    gate.hold();
    const sent = await council.ks.post(`/processes/${meeting.processId}/commands`, {
      type: 'INVITE',
      payload: {},
    });
    expect([200, 202]).toContain(sent.status);
    await waitFor(async () => gate.waiting > 0, { what: 'an invitation on its way', timeoutMs: 60_000 });
    await worker.kill9();
    gate.release();
    await app.flushRedis();
    const restarted = await app.startWorker();
    const addresses = (await Promise.all(people.map((id) => council.ks.get(`/people/${id}`)))).map(
      (person) => person.body.email as string,
    );
    await waitFor(
      async () => addresses.every((address) => gate.delivered.some((mail) => mail.to.includes(address))),
      {
        what: 'every invitee invited',
        timeoutMs: 60_000,
      },
    );
    await waitFor(
      async () =>
        (await council.ks.get(`/meetings/${meeting.id}`)).body.invitations.every(
          (status: { mailedAt: string | null }) => status.mailedAt !== null,
        ),
      { what: 'every invitation recorded as mailed' },
    );
    await app.stopWorker(restarted);
    for (const address of addresses) {
      const copies = gate.delivered.filter((mail) => mail.to.includes(address));
      // One invitation each, sent once by each worker at most. SMTP is at-least-once: a copy the killed worker
      // had handed over before it died may arrive besides the one sent again, with the same Message-ID.
      expect(new Set(copies.map((mail) => mail.messageId)).size).toBe(1);
      expect(new Set(copies.map((mail) => mail.sender)).size).toBe(copies.length);
      if (copies.length > 1)
        expect(copies.map((mail) => mail.sender)).toEqual(expect.arrayContaining(['worker-1']));
    }
    expect(gate.delivered.every((mail) => addresses.some((address) => mail.to.includes(address)))).toBe(true);
  });
});
