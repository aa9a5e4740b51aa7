import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { compileAnnualFigures } from '@gremium/council';
import { waitFor } from '@gremium/testing';
import { Sweeper } from '@gremium/workflow';
import { launchChromium, violations } from './browser/browser';
import { CouncilFixture } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { pdfText } from './support/pdf-text';
import { TestApp } from './support/test-app';

const GROUP = 'Schulumfeld und Freizeit';

describe('P6 annual report: figures as of the year, sign-off freezes them, the report as HTML and PDF', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;
  const people: Record<string, string> = {};
  const clock = async (now: string) => expect((await ks.put('/test/clock', { now })).status).toBe(200);

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
    council = new CouncilFixture(app, ks);
  });
  afterAll(() => app.close());

  let reportId: string;
  let processId: string;
  let providerAppointment: string;

  it('keeps a year in which a group was founded in March, its moderator changed in July, a term expired in October', async () => {
    await clock('2026-03-10T09:00:00.000Z');
    const orgs = {
      police: await council.organization('Polizeiinspektion Halle', 'police'),
      provider: await council.organization('Kinderschutzbund', 'provider'),
      science: await council.organization('Hochschule Merseburg', 'science'),
    };
    for (const name of [
      'Kira Koordination',
      'Anna Alt',
      'Bea Neu',
      'Pia Polizei',
      'Veit Verein',
      'Wanda Wissen',
    ])
      people[name] = await council.person(name);
    await council.coordinationSeat(people['Kira Koordination'], '2025-01-01');
    await council.appoint('police', people['Pia Polizei'], orgs.police, '2024-10-10');
    providerAppointment = (
      await council.appoint('provider', people['Veit Verein'], orgs.provider, '2025-06-01')
    ).context.appointmentId;
    await council.appoint('science', people['Wanda Wissen'], orgs.science, '2025-06-01');
    const { groupId, electionId } = await council.foundGroup(GROUP, [people['Anna Alt'], people['Bea Neu']]);
    await council.elect(electionId, people['Anna Alt']);

    await clock('2026-07-14T09:00:00.000Z');
    const election = await ks.post('/processes', {
      definition: 'moderator-election',
      input: { workingGroupId: groupId },
    });
    expect(election.status).toBe(201);
    await council.elect(election.body.id, people['Bea Neu']);
  });

  it('refuses a report on the running year, starts one for a past year by hand, and only one per year', async () => {
    // Before 15 January: the schedule's own start of the 2026 report is not due yet to race this one.
    await clock('2027-01-10T09:00:00.000Z');
    const current = await ks.post('/processes', { definition: 'annual-report', input: { year: 2027 } });
    expect(current.status).toBe(400);
    expect(JSON.stringify(current.body)).toContain('annual_report.past_year_only');
    const started = await ks.post('/processes', { definition: 'annual-report', input: { year: 2026 } });
    expect(started.status).toBe(201);
    processId = started.body.id;
    reportId = started.body.context.reportId;
    const again = await ks.post('/processes', { definition: 'annual-report', input: { year: 2026 } });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain('annual_report.exists');
  });

  it('shows exactly that year: composition on 1 January and 31 December, moderators, the vacancy in days', async () => {
    const { body: report } = await ks.get(`/annual-reports/${reportId}`);
    expect(report).toMatchObject({ id: reportId, processId, year: 2026, state: 'drafting', narrative: {} });
    // The stored figures (and so the process's chained history) hold ids; the names are read on showing.
    expect(JSON.stringify(report.figures)).not.toContain('Pia Polizei');
    const { body: figures } = await ks.get(`/annual-reports/${reportId}/figures`);
    const holders = (seats: { label: string; personName: string | null }[]) =>
      seats.map((seat) => [seat.label, seat.personName]);
    expect(holders(figures.composition.firstDay.seats)).toEqual([
      ['Koordinierungsstelle', 'Kira Koordination'],
      ['Polizeiinspektion', 'Pia Polizei'],
      ['Freier Träger', 'Veit Verein'],
      ['Wissenschaft', 'Wanda Wissen'],
    ]);
    expect(holders(figures.composition.lastDay.seats)).toEqual([
      ['Koordinierungsstelle', 'Kira Koordination'],
      [`Moderation „${GROUP}“`, 'Bea Neu'],
      ['Polizeiinspektion', null],
      ['Freier Träger', 'Veit Verein'],
      ['Wissenschaft', 'Wanda Wissen'],
    ]);
    expect(
      figures.composition.changes.map((change: Record<string, string>) => [
        change.date,
        change.kind,
        change.before,
        change.after,
      ]),
    ).toEqual([
      ['2026-03-10', 'seat-added', null, 'Anna Alt'],
      ['2026-07-14', 'holder-changed', 'Anna Alt', 'Bea Neu'],
      ['2026-10-10', 'holder-changed', 'Pia Polizei', null],
    ]);
    expect(figures.workingGroups.founded).toEqual([
      expect.objectContaining({ name: GROUP, foundedAt: '2026-03-10', dissolvedAt: null }),
    ]);
    expect(figures.workingGroups).toMatchObject({ activeOnFirstDay: 0, activeOnLastDay: 1 });
    expect(
      figures.moderators.map((tenure: Record<string, string>) => [tenure.personName, tenure.from, tenure.to]),
    ).toEqual([
      ['Anna Alt', '2026-03-10', '2026-07-13'],
      ['Bea Neu', '2026-07-14', '2026-12-31'],
    ]);
    expect(figures.appointments.expired).toEqual([
      expect.objectContaining({ seat: 'police', personName: 'Pia Polizei', lastDay: '2026-10-09' }),
    ]);
    expect(figures.vacancies).toEqual([
      {
        seat: 'police',
        label: 'Polizeiinspektion',
        from: '2026-10-10',
        to: '2026-12-31',
        days: 83,
        continues: true,
      },
    ]);
  });

  it('freezes the figures when the steering group approves: a later change of the data does not alter them', async () => {
    await council.send(processId, 'EDIT_NARRATIVE', {
      sections: { introduction: 'Das Jahr 2026 im Präventionsrat.', outlook: 'Mobbing bleibt Thema.' },
    });
    await council.send(processId, 'SUBMIT_FOR_APPROVAL', {});
    // Four occupied seats on 20 January 2027 (the police seat is vacant): three approvals decide.
    for (const name of ['Kira Koordination', 'Bea Neu', 'Veit Verein']) {
      const member = await council.loginAs(
        people[name],
        `konto.${name.split(' ')[0].toLowerCase()}@praeventionsrat.test`,
      );
      const vote = await member.post(`/processes/${processId}/commands`, {
        type: 'SIGN_OFF',
        payload: { vote: 'approve' },
      });
      expect(vote.status).toBe(200);
    }
    const approved = (await ks.get(`/annual-reports/${reportId}`)).body;
    expect(approved.state).toBe('approved');

    // The provider's term is ended early, back in 2026: the data of that year changes.
    const appointment = (await ks.get(`/appointments/${providerAppointment}`)).body;
    await council.send(appointment.processId, 'END_EARLY', {
      effectiveDate: '2026-12-01',
      reason: 'Rücktritt',
    });
    const now = await compileAnnualFigures(app.api.get(EntityManager).fork(), 2026, new Date());
    expect(now.vacancies.map((vacancy) => [vacancy.label, vacancy.days])).toEqual([
      ['Polizeiinspektion', 83],
      ['Freier Träger', 31],
    ]);
    const recompile = await ks.post(`/processes/${processId}/commands`, { type: 'RECOMPILE', payload: {} });
    expect(recompile.status).toBe(409);
    expect((await ks.get(`/annual-reports/${reportId}`)).body.figures).toEqual(approved.figures);

    await council.send(processId, 'SUBMIT_TO_COUNCIL', { date: '2027-02-01', reference: 'VII/2027/00123' });
    expect((await ks.get(`/annual-reports/${reportId}`)).body).toMatchObject({
      state: 'submitted',
      submission: { date: '2027-02-01', reference: 'VII/2027/00123' },
      figures: approved.figures,
    });
  });

  it('gives the report as a PDF holding the year, the contents and each working group', async () => {
    const response = await fetch(`${app.http.baseUrl}/annual-reports/${reportId}/report.pdf`, {
      headers: { authorization: `Bearer ${ks.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { totalPages, text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(totalPages).toBeGreaterThan(3);
    expect(text).toContain('Jahresbericht 2026');
    expect(text).toContain('Inhalt');
    for (const chapter of ['1. Einleitung', '4. Steuerungsgruppe', '8. Ausblick'])
      expect(text).toContain(chapter);
    expect(text).toContain(GROUP);
    expect(text).toContain('Das Jahr 2026 im Präventionsrat.');
    expect(text).toContain('Seite 2 von');
  });

  it('gives the report as HTML that passes axe', async () => {
    const html = await ks.get<string>(`/annual-reports/${reportId}/report.html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain(GROUP);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
      await page.setContent(html.body);
      expect(await violations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('answers 404 for an unknown report', async () => {
    expect((await ks.get('/annual-reports/00000000-0000-4000-8000-000000000000/report.pdf')).status).toBe(
      404,
    );
  });
});

describe('P6 schedule: the report on 2026 starts on 15 January 2027, 00:00 Berlin time, exactly once', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off', sweepInterval: 'PT1S' });
    ks = await app.login();
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  const clock = async (now: string) => expect((await ks.put('/test/clock', { now })).status).toBe(200);
  const reports = async () =>
    (await sql.query(`select year, state from annual_report order by year`)).rows as { year: number }[];
  const pendingDue = async (iso: string) => {
    const { rows } = await sql.query(
      `select due_at from timer where schedule = 'annual-report' and status = 'pending'`,
    );
    return rows.length === 1 && (rows[0].due_at as Date).toISOString() === iso;
  };

  it('fires once with the clock moved past it twice and the worker restarted in between', async () => {
    await clock('2027-01-10T12:00:00.000Z');
    const first = await app.startWorker();
    await waitFor(() => pendingDue('2027-01-14T23:00:00.000Z'), { what: 'the start on 15 January planned' });
    expect(await reports()).toEqual([]);

    await clock('2027-01-15T00:30:00.000Z');
    await waitFor(async () => (await reports()).length === 1, { what: 'the report on 2026 started' });
    await waitFor(() => pendingDue('2028-01-14T23:00:00.000Z'), { what: 'the next start planned' });
    await app.stopWorker(first);

    const second = await app.startWorker();
    await clock('2027-01-16T08:00:00.000Z');
    // The restarted worker's sweeps, and more, change nothing.
    for (let sweep = 0; sweep < 3; sweep++) await app.api.get(Sweeper).sweep();
    await app.stopWorker(second);
    expect(await pendingDue('2028-01-14T23:00:00.000Z')).toBe(true);
    expect(await reports()).toEqual([{ year: 2026, state: 'drafting' }]);
    const starts = await sql.query(
      `select source, status, idempotency_key from command where type = 'process.start'
        and idempotency_key like 'schedule:annual-report:%'`,
    );
    expect(starts.rows).toEqual([
      { source: 'timer', status: 'applied', idempotency_key: 'schedule:annual-report:2027-01-15T00:00' },
    ]);
  });
});
