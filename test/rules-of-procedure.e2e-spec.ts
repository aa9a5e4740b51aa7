import { meetingBody } from './support/council-fixture';
import { tablesChecksum } from '@gremium/testing';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const DAY_MS = 86_400_000;
const berlinDate = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
const TABLES = [
  'process_instance',
  'command',
  'audit_event',
  'settings_revision',
  'rules_of_procedure_version',
];

describe('P7 rules-of-procedure-amendment over HTTP with the real worker', () => {
  let app: TestApp;
  let ks: HttpClient;
  let today: string;
  let steeringToday: string;
  let steeringEarlier: string;

  const meeting = async (body: string, date: string) =>
    (await ks.post('/meetings', meetingBody(body, date, `${body} ${date}`))).body.id as string;
  const propose = async (title: string, changes?: object) => {
    const started = await ks.post('/processes', {
      definition: 'rules-of-procedure-amendment',
      input: { title, text: `# ${title}\n\n§ 1 Die Steuerungsgruppe tagt viermal im Jahr.`, changes },
    });
    expect(started.status).toBe(201);
    return started.body.id as string;
  };
  const decide = (processId: string, payload: object) =>
    ks.post(`/processes/${processId}/commands`, { type: 'STEERING_DECISION', payload });
  const votes = { yes: 6, no: 1, abstain: 1 };

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
    today = berlinDate(new Date());
    steeringToday = await meeting('steering', today);
    steeringEarlier = await meeting('steering', berlinDate(new Date(Date.now() - 30 * DAY_MS)));
  });

  afterAll(() => app?.close());

  it('waits on the steering group, refuses a decision at a plenary or a future meeting, and changes nothing then', async () => {
    const processId = await propose('GO 2027', { reviewPeriod: 'P28D' });
    const tasks = await ks.get(
      `/tasks?filter=${encodeURIComponent(JSON.stringify({ processId, open: true }))}`,
    );
    expect(tasks.body).toEqual([expect.objectContaining({ awaiting: { body: 'steering' } })]);

    // Meetings are P8 processes: planned before the checksum is taken.
    const plenary = await meeting('plenary', today);
    const future = await meeting('steering', berlinDate(new Date(Date.now() + 40 * DAY_MS)));
    const before = await tablesChecksum(app.db.url, TABLES);
    const atPlenary = await decide(processId, { decision: 'adopted', meetingId: plenary, votes });
    expect(atPlenary.status).toBe(409);
    expect(atPlenary.body.details).toEqual([
      expect.objectContaining({ field: 'payload.meetingId', key: 'meeting.wrong_body' }),
    ]);
    const atFuture = await decide(processId, { decision: 'adopted', meetingId: future, votes });
    expect(atFuture.status).toBe(409);
    const beforeProposal = await decide(processId, {
      decision: 'adopted',
      meetingId: steeringEarlier,
      votes,
    });
    expect(beforeProposal.body.details).toEqual([
      expect.objectContaining({ field: 'payload.meetingId', key: 'meeting.before_start' }),
    ]);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);
  });

  it('puts the adopted wording and its settings in force from the day after the meeting', async () => {
    const processId = await propose('GO 2027', { reviewPeriod: 'P28D', termAlertLeadDays: [120, 30] });
    const adopted = await decide(processId, { decision: 'adopted', meetingId: steeringToday, votes });
    expect(adopted.status).toBe(200);
    expect(adopted.body.process.state).toBe('adopted');

    const versions = await ks.get('/rules-of-procedure');
    expect(versions.headers.get('content-range')).toBe('rules-of-procedure 0-0/1');
    expect(versions.body).toEqual([
      expect.objectContaining({
        version: 1,
        title: 'GO 2027',
        meetingId: steeringToday,
        processId,
        inForceFrom: berlinDate(new Date(Date.now() + DAY_MS)),
        settings: {
          reviewPeriod: 'P28D',
          answerPeriod: 'P8W',
          termAlertLeadDays: [120, 30],
          signOffMajority: 'more-than-half',
          annualReportStart: '--01-15',
        },
      }),
    ]);
    expect((await ks.get('/settings')).body.reviewPeriod).toBe('P42D');
    expect((await ks.put('/test/clock', { offsetMs: DAY_MS })).status).toBe(200);
    expect((await ks.get('/settings')).body).toMatchObject({
      reviewPeriod: 'P28D',
      termAlertLeadDays: [120, 30],
    });
    expect((await ks.put('/test/clock', { offsetMs: 0 })).status).toBe(200);

    const chain = await ks.get(`/audit-events/verify?processId=${processId}`);
    expect(chain.body).toMatchObject({ valid: true, count: 2 });
  });

  it('keeps every earlier version readable and records nothing for a rejection or a withdrawal', async () => {
    const second = await propose('GO 2027, zweite Fassung', { answerPeriod: 'P6W' });
    expect((await decide(second, { decision: 'adopted', meetingId: steeringToday, votes })).status).toBe(200);
    const rejected = await propose('Abgelehnte Fassung');
    expect((await decide(rejected, { decision: 'rejected', meetingId: steeringToday, votes })).status).toBe(
      200,
    );
    const withdrawn = await propose('Zurückgezogene Fassung');
    const withdrawal = await ks.post(`/processes/${withdrawn}/commands`, {
      type: 'WITHDRAW',
      payload: { reason: 'überholt' },
    });
    expect(withdrawal.body.process.state).toBe('withdrawn');

    const versions = await ks.get('/rules-of-procedure');
    expect(versions.body.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [2, 'GO 2027, zweite Fassung'],
      [1, 'GO 2027'],
    ]);
    const first = versions.body[1];
    expect((await ks.get(`/rules-of-procedure/${first.id}`)).body).toEqual(first);
    const viewer = await app.http.get('/rules-of-procedure');
    expect(viewer.status).toBe(401);
  });
});
