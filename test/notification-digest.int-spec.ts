import { Client } from 'pg';
import { simpleParser } from 'mailparser';
import { SmtpSink, waitFor } from '@gremium/testing';
import { Sweeper } from '@gremium/workflow';
import type { HttpClient } from './support/http-client';
import { ADMIN, TestApp } from './support/test-app';

const OTHER = { email: 'ks-zwei@praeventionsrat.test', password: 'Koordination-Zwei-2026!' };

/**
 * Per-user delivery of notifications: the office's second account gets each e-mail at once, the first one
 * chose the daily digest (07:00 Berlin), which goes through the same outbox and mail path, once per day.
 */
describe('the daily digest with the real worker, PostgreSQL, Redis and an SMTP server', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let ks: HttpClient;
  let sql: Client;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    app = await TestApp.start({ worker: 'off', sweepInterval: 'PT1S', env: { SMTP_URL: smtp.url } });
    ks = await app.login();
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
    await smtp.close();
  });

  const setClock = async (now: string) => expect((await ks.put('/test/clock', { now })).status).toBe(200);
  const mailsTo = (address: string) => smtp.messages.filter((mail) => mail.to.includes(address));
  const digests = async () =>
    (
      await sql.query<{ date: string }>(
        `select context->>'date' as date from process_instance where definition_key = 'notification-digest' order by 1`,
      )
    ).rows.map((row) => row.date);
  const pendingDigestTimer = async () =>
    (
      await sql.query<{ due_at: Date }>(
        `select due_at from timer where schedule = 'notification-digest' and status = 'pending'`,
      )
    ).rows.map((row) => row.due_at.toISOString());

  it('lets each user choose, and refuses anything but each or digest', async () => {
    expect((await ks.get('/auth/me')).body.notificationDelivery).toBe('each');
    const wrong = await ks.put('/auth/me/notification-delivery', { notificationDelivery: 'weekly' });
    expect(wrong.status).toBe(400);
    const chosen = await ks.put('/auth/me/notification-delivery', { notificationDelivery: 'digest' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.notificationDelivery).toBe('digest');
    expect((await ks.post('/users', { ...OTHER, roles: ['coordination'] })).status).toBe(201);
    const other = await app.login(OTHER.email, OTHER.password);
    expect((await other.get('/auth/me')).body.notificationDelivery).toBe('each');
    // Nobody starts a digest by hand.
    const byHand = await ks.post('/processes', {
      definition: 'notification-digest',
      input: { date: '2027-02-18' },
    });
    expect(byHand.status).toBe(403);
  });

  it('mails the digest once a day, even when the clock moves twice and the worker restarts on an emptied Redis', async () => {
    await setClock('2027-02-17T12:00:00.000Z');
    const first = await app.startWorker();
    // 18 February 2027, 07:00 in Berlin.
    await waitFor(async () => (await pendingDigestTimer()).includes('2027-02-18T06:00:00.000Z'), {
      what: 'the next digest planned',
    });
    // Q1 2027 without a steering meeting: its check notifies the office at 00:00 on 18 February.
    const check = await ks.post('/processes', {
      definition: 'steering-cadence-check',
      input: { year: 2027, quarter: 1 },
    });
    expect([200, 201, 202]).toContain(check.status);

    await setClock('2027-02-18T00:30:00.000Z');
    await waitFor(async () => mailsTo(OTHER.email).length === 1, { what: 'the warning mailed at once' });
    expect(mailsTo(ADMIN.email)).toEqual([]);
    const [warning] = (await ks.get('/notifications?filter={"kind":"cadence-warning"}')).body;
    expect(warning.message).toContain('1. Quartal 2027');

    await setClock('2027-02-18T06:30:00.000Z');
    await waitFor(async () => mailsTo(ADMIN.email).length === 1, { what: 'the digest' });
    const digest = await simpleParser(mailsTo(ADMIN.email)[0].raw);
    expect(digest.subject).toBe('Gremium: eine neue Benachrichtigung (18.02.2027)');
    expect(digest.text).toContain(warning.message);

    // The clock moves again the same day, the worker dies and Redis forgets its jobs: nothing is sent twice.
    await app.stopWorker(first);
    await app.flushRedis();
    await setClock('2027-02-18T09:00:00.000Z');
    const second = await app.startWorker();
    for (let sweep = 0; sweep < 3; sweep++) await app.api.get(Sweeper).sweep();
    await waitFor(async () => (await pendingDigestTimer()).includes('2027-02-19T06:00:00.000Z'), {
      what: 'the digest of 19 February planned',
    });
    expect(await digests()).toEqual(['2027-02-18']);
    expect(mailsTo(ADMIN.email)).toHaveLength(1);
    expect(mailsTo(OTHER.email)).toHaveLength(1);

    // The next morning there is nothing new: no digest mail.
    await setClock('2027-02-19T06:30:00.000Z');
    await waitFor(async () => (await digests()).length === 2, { what: 'the digest of 19 February' });
    await waitFor(async () => (await pendingDigestTimer()).includes('2027-02-20T06:00:00.000Z'), {
      what: 'the digest of 20 February planned',
    });
    await app.stopWorker(second);
    expect(mailsTo(ADMIN.email)).toHaveLength(1);
    const mailed = await sql.query<{ n: number }>(
      `select count(*)::int as n from notification where kind = 'daily-digest' and mailed_at is not null`,
    );
    expect(mailed.rows[0].n).toBe(1);
  });
});
