import { Client } from 'pg';
import { addDays, berlinDateOf } from '@gremium/council';
import { runDemoSeed } from '../apps/cli/src/demo/run-demo-seed';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const DEMO_PASSWORD = 'Demo-Passwort-2026';

/** Every text, varchar and JSON column of every table: where does this text still appear? */
async function occurrences(sql: Client, needle: string): Promise<string[]> {
  const { rows: columns } = await sql.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await sql.query<{ n: string }>(
      `select count(*) as n from "${table}" where "${column}"::text ilike $1`,
      [`%${needle}%`],
    );
    if (Number(rows[0].n) > 0) found.push(`${table}.${column}: ${rows[0].n}`);
  }
  return found;
}

describe('DSGVO: erasure (Art. 17) and access (Art. 15) on the demo council', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sql: Client;
  const today = berlinDateOf(new Date());

  const personNamed = async (name: string) =>
    (
      (await ks.get(`/people?filter=${encodeURIComponent(JSON.stringify({ q: name }))}`)).body as {
        id: string;
      }[]
    )[0];

  beforeAll(async () => {
    app = await TestApp.start();
    await runDemoSeed({ ...app.config, demoPassword: DEMO_PASSWORD });
    ks = await app.login();
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  }, 120_000);
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('refuses to erase a person with a current seat or membership, naming them, and changes nothing', async () => {
    const brandt = await personNamed('Thomas Brandt');
    const before = await occurrences(sql, 'Thomas Brandt');
    const refused = await ks.post(`/people/${brandt.id}/erase`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/Thomas Brandt still holds the steering group seat police/);
    expect(refused.body.details).toMatchObject({
      code: 'PERSON_HAS_ROLES',
      blockers: expect.arrayContaining([expect.objectContaining({ kind: 'steering-seat' })]),
    });
    expect(await occurrences(sql, 'Thomas Brandt')).toEqual(before);
  });

  it('lets only the coordination office erase and export', async () => {
    const brandt = await personNamed('Thomas Brandt');
    const viewer = await app.login('s.hartwig@stadt-halle.example', DEMO_PASSWORD);
    expect((await viewer.post(`/people/${brandt.id}/erase`)).status).toBe(403);
    expect((await viewer.get(`/people/${brandt.id}/export`)).status).toBe(403);
    expect((await ks.post('/people/5b0a3a8e-8a4c-4d71-9f6b-2f7d1d0c0c11/erase')).status).toBe(404);
  });

  it('exports every row about a person, without password or token hashes', async () => {
    const hartwig = await personNamed('Sabine Hartwig');
    const exported = await ks.get(`/people/${hartwig.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.person).toMatchObject({ id: hartwig.id, name: 'Sabine Hartwig' });
    expect(Object.keys(exported.body.tables)).toEqual(
      expect.arrayContaining(['person', 'app_user', 'membership', 'working_group', 'session']),
    );
    expect(exported.body.tables.app_user[0]).toMatchObject({ email: 's.hartwig@stadt-halle.example' });
    const text = JSON.stringify(exported.body);
    expect(text).not.toMatch(/password_hash|token_hash|\$argon2/);
  });

  it('erases a person whose roles have ended: pseudonym, no account, no trace of the name, chains valid', async () => {
    const brandt = await personNamed('Thomas Brandt');
    const session = await app.login('t.brandt@polizei-halle.example', DEMO_PASSWORD);
    expect((await session.get('/auth/me')).status).toBe(200);
    // His term alert names him by id; the office reads it with his name.
    expect(await occurrences(sql, 'Thomas Brandt')).toEqual(['person.name: 1']);
    const alertsAbout = async () =>
      (
        await ks.get(
          '/notifications?filter=' + encodeURIComponent(JSON.stringify({ kind: 'term-expiry-alert' })),
        )
      ).body as { message: string; email: { text: string } }[];
    expect((await alertsAbout()).some((n) => n.message.includes('Thomas Brandt'))).toBe(true);
    expect(JSON.stringify(await alertsAbout())).not.toContain('{{person:');

    // End his seat (P3 END_EARLY) and his memberships, as the office would.
    const appointment = (
      await ks.get(`/appointments?filter=${encodeURIComponent(JSON.stringify({ personId: brandt.id }))}`)
    ).body[0] as { processId: string };
    const ended = await ks.post(`/processes/${appointment.processId}/commands`, {
      type: 'END_EARLY',
      payload: { effectiveDate: today, reason: 'Wechsel der Dienststelle' },
    });
    expect(ended.status).toBe(200);
    const memberships = (
      await ks.get(`/memberships?filter=${encodeURIComponent(JSON.stringify({ personId: brandt.id }))}`)
    ).body as Record<string, unknown>[];
    for (const membership of memberships) {
      const body = Object.fromEntries(
        ['personId', 'body', 'workingGroupId', 'role', 'from', 'topic', 'onBehalfOfId']
          .filter((key) => membership[key] !== null && membership[key] !== undefined)
          .map((key) => [key, membership[key]]),
      );
      const put = await ks.put(`/memberships/${String(membership.id)}`, { ...body, to: addDays(today, -1) });
      expect(put.status).toBe(200);
    }

    const erased = await ks.post(`/people/${brandt.id}/erase`);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      id: brandt.id,
      name: expect.stringMatching(/^Gelöschte Person \d+$/),
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      erasedAt: expect.any(String),
    });
    expect((await session.get('/auth/me')).status).toBe(401);
    expect(
      (
        await app.http.post('/auth/login', {
          email: 't.brandt@polizei-halle.example',
          password: DEMO_PASSWORD,
        })
      ).status,
    ).toBe(401);

    for (const needle of ['Thomas Brandt', 'Brandt', 't.brandt@polizei-halle.example']) {
      expect({ needle, found: await occurrences(sql, needle) }).toEqual({ needle, found: [] });
    }
    const alerts = await alertsAbout();
    expect(
      alerts.some((n) => n.message.includes(erased.body.name) && n.email.text.includes(erased.body.name)),
    ).toBe(true);

    // The council's history stays: his past seat and memberships keep their dates.
    expect((await sql.query('select 1 from appointment where person_id = $1', [brandt.id])).rowCount).toBe(1);
    expect((await sql.query('select 1 from membership where person_id = $1', [brandt.id])).rowCount).toBe(
      memberships.length,
    );

    const { rows: processes } = await sql.query<{ id: string }>('select id from process_instance');
    expect(processes.length).toBeGreaterThan(5);
    for (const { id } of processes) {
      const verified = await ks.get(`/audit-events/verify?processId=${id}`);
      expect({ id, ...verified.body }).toMatchObject({ id, valid: true, problem: null });
    }

    // Erasing again changes nothing; the export shows only the pseudonym.
    expect((await ks.post(`/people/${brandt.id}/erase`)).body.name).toBe(erased.body.name);
    const exported = await ks.get(`/people/${brandt.id}/export`);
    expect(JSON.stringify(exported.body)).not.toContain('Brandt');
  });
});
