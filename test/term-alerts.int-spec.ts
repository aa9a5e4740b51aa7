import { Client } from 'pg';
import { addDays, berlinDateOf, termLastDay } from '@gremium/council';
import { SmtpSink, waitFor } from '@gremium/testing';
import { CouncilFixture } from './support/council-fixture';
import { TestApp } from './support/test-app';

/** The start day whose two-year term has `lastDay` as its last day. */
function startForLastDay(lastDay: string): string {
  const next = addDays(lastDay, 1);
  const start = `${Number(next.slice(0, 4)) - 2}${next.slice(4)}`;
  if (termLastDay(start) !== lastDay) throw new Error(`no start date ends on ${lastDay}`);
  return start;
}

describe('P3 term alerts with the real worker and a real SMTP server', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let council: CouncilFixture;
  let sql: Client;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    app = await TestApp.start({ worker: 'off', env: { SMTP_URL: smtp.url } });
    council = new CouncilFixture(app, await app.login());
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
    await smtp.close();
  });

  it('sends one alert when the 90- and 30-day lead times are already past, and never again', async () => {
    const police = await council.organization('Polizeirevier Halle', 'police');
    const person = await council.person('Petra Revier', police);
    await council.meeting('plenary', addDays(berlinDateOf(Date.now()), 5), 'Vollversammlung 2026');
    const lastDay = addDays(berlinDateOf(Date.now()), 20);
    const processId = await app.applyStart(
      await council.ks.post('/processes', {
        definition: 'seat-appointment',
        input: { seat: 'police', personId: person, organizationId: police },
      }),
    );
    const decided = await council.ks.post(`/processes/${processId}/commands`, {
      type: 'PLENARY_DECISION',
      payload: {
        decision: 'appointed',
        termStart: startForLastDay(lastDay),
        votes: { yes: 31, no: 0, abstain: 2 },
      },
    });
    expect(decided.status).toBe(202);

    const worker = await app.startWorker();
    await waitFor(async () => smtp.messages.length >= 1, { what: 'the alert e-mail' });
    const process = await waitFor(async () => {
      const current = (await council.ks.get(`/processes/${processId}`)).body;
      return current.state?.term?.inOffice?.expiring ? current : null;
    });
    expect(process.context).toMatchObject({
      termEnd: lastDay,
      collapsed: [180, 90],
      alerts: [expect.objectContaining({ leadDays: 30 })],
    });
    const appointment = (await council.ks.get(`/appointments/${process.context.appointmentId}`)).body;
    expect(appointment).toMatchObject({ status: 'expiring', termEnd: lastDay });

    const notifications = (await council.ks.get('/notifications')).body;
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      kind: 'term-expiry-alert',
      subjectType: 'appointment',
      subjectId: appointment.id,
    });
    expect(notifications[0].message).toContain('Petra Revier');
    expect(notifications[0].message).toContain('Vollversammlung 2026');
    const [mail] = smtp.messages;
    expect(mail.to).toEqual(['ks@praeventionsrat.test']);
    expect(mail.messageId).toBe(`<${notifications[0].id}@gremium>`);

    const successors = await waitFor(async () => {
      const list = (
        await council.ks.get(
          `/appointments?filter=${encodeURIComponent('{"seat":"police","status":"awaitingNomination"}')}`,
        )
      ).body;
      return list.length ? list : null;
    });
    expect(successors).toHaveLength(1);

    await app.stopWorker(worker);
    const restarted = await app.startWorker();
    await council.ks.put('/test/clock', { offsetMs: 60_000 });
    await waitFor(
      async () => (await sql.query(`select 1 from command where status = 'queued'`)).rowCount === 0,
      { what: 'queues drained' },
    );
    await app.stopWorker(restarted);
    expect((await council.ks.get('/notifications')).body).toHaveLength(1);
    expect(smtp.messages).toHaveLength(1);
    const timers = await sql.query(
      `select status, count(*)::int as n from timer where process_id = $1 group by status order by status`,
      [processId],
    );
    expect(timers.rows).toEqual([
      { status: 'fired', n: 1 },
      { status: 'pending', n: 2 },
    ]);
  });
});
