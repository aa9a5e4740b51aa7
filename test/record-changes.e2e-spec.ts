import { Client } from 'pg';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

interface Change {
  subjectType: string;
  subjectId: string;
  seq: number;
  action: string;
  actorId: string | null;
  changes: { field: string; from?: unknown; to?: unknown }[];
  at: string;
}

describe('records of change: every write to the council’s records, hash-chained per record', () => {
  let app: TestApp;
  let ks: HttpClient;
  let me: string;
  let sql: Client;

  const history = async (subjectId: string) =>
    (
      await ks.get(
        `/record-changes?sort=${encodeURIComponent('["seq","ASC"]')}&filter=${encodeURIComponent(JSON.stringify({ subjectId }))}`,
      )
    ).body as Change[];
  const verify = async (subjectId: string) =>
    (await ks.get(`/record-changes/verify?subjectId=${subjectId}`)).body as { valid: boolean; count: number };

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    ks = await app.login();
    me = (await ks.get('/auth/me')).body.id;
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('records who changed which fields of people and organizations, never a person’s name or contact data', async () => {
    const org = (await ks.post('/organizations', { name: 'Polizeirevier Mitte', kind: 'police' })).body;
    await ks.put(`/organizations/${org.id}`, { name: 'Polizeirevier Halle-Mitte', kind: 'police' });
    const person = (await ks.post('/people', { givenName: 'Petra', familyName: 'Revier' })).body;
    await ks.put(`/people/${person.id}`, {
      givenName: 'Petra',
      familyName: 'Revier-Lang',
      phone: '0345 1234',
      organizationId: org.id,
    });
    await ks.put(`/people/${person.id}`, {
      givenName: 'Petra',
      familyName: 'Revier-Lang',
      phone: '0345 1234',
      organizationId: org.id,
    });

    const orgChanges = await history(org.id);
    expect(orgChanges.map((c) => [c.seq, c.action, c.actorId])).toEqual([
      [0, 'created', me],
      [1, 'updated', me],
    ]);
    expect(orgChanges[1].changes).toEqual([
      { field: 'name', from: 'Polizeirevier Mitte', to: 'Polizeirevier Halle-Mitte' },
    ]);

    const personChanges = await history(person.id);
    // The unchanged third write adds nothing.
    expect(personChanges.map((c) => c.action)).toEqual(['created', 'updated']);
    expect(personChanges[1].changes).toEqual([
      { field: 'familyName' },
      { field: 'name' },
      { field: 'organizationId', from: null, to: org.id },
      { field: 'phone' },
    ]);
    const stored = await sql.query('select changes::text as t from record_change');
    expect(stored.rows.map((row: { t: string }) => row.t).join()).not.toMatch(/Revier|0345/);
    expect(await verify(person.id)).toEqual({ valid: true, count: 2, brokenAtSeq: null });
  });

  it('records accounts without passwords, memberships up to their deletion, and settings', async () => {
    const user = (
      await ks.post('/users', {
        email: 'neu@praeventionsrat.test',
        password: 'Geheimes-Passwort-1',
        roles: ['viewer'],
      })
    ).body;
    await ks.put(`/users/${user.id}`, {
      email: 'neu@praeventionsrat.test',
      password: 'Anderes-Passwort-22',
      roles: ['viewer', 'coordination'],
    });
    const userChanges = await history(user.id);
    expect(userChanges[1].changes).toEqual([
      { field: 'password' },
      { field: 'roles', from: ['viewer'], to: ['viewer', 'coordination'] },
    ]);
    const all = (await sql.query('select changes::text as t from record_change')).rows.map(
      (r: { t: string }) => r.t,
    );
    expect(all.join()).not.toMatch(/Passwort|argon2|neu@praeventionsrat/);

    const person = (await ks.post('/people', { givenName: 'Max', familyName: 'Muster' })).body;
    const membership = (
      await ks.post('/memberships', {
        personId: person.id,
        body: 'plenary',
        role: 'member',
        from: '2026-01-01',
      })
    ).body;
    await ks.put(`/memberships/${membership.id}`, {
      personId: person.id,
      body: 'plenary',
      role: 'member',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect((await ks.delete(`/memberships/${membership.id}`)).status).toBe(200);
    const membershipChanges = await history(membership.id);
    expect(membershipChanges.map((c) => c.action)).toEqual(['created', 'updated', 'deleted']);
    expect(membershipChanges[1].changes).toEqual([{ field: 'to', from: null, to: '2026-06-30' }]);

    const settings = (await ks.get('/settings')).body;
    expect((await ks.put('/settings', { ...settings, reviewPeriod: 'P28D' })).status).toBe(200);
    const settingsChanges = (
      await ks.get(
        `/record-changes?filter=${encodeURIComponent(JSON.stringify({ subjectType: 'settings' }))}`,
      )
    ).body as Change[];
    expect(settingsChanges[0].changes).toEqual(
      expect.arrayContaining([{ field: 'reviewPeriod', from: settings.reviewPeriod, to: 'P28D' }]),
    );
  });

  it('refuses to change or drop records of change, and detects tampering', async () => {
    const org = (await ks.post('/organizations', { name: 'Verein A', kind: 'association' })).body;
    await ks.put(`/organizations/${org.id}`, { name: 'Verein B', kind: 'association' });
    await expect(
      sql.query(`update record_change set action = 'x' where subject_id = $1`, [org.id]),
    ).rejects.toThrow(/append-only/);
    await expect(sql.query(`delete from record_change where subject_id = $1`, [org.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql.query('truncate record_change')).rejects.toThrow(/append-only/);
    await sql.query('alter table record_change disable trigger record_change_append_only');
    await sql.query(
      `update record_change set changes = '[{"field":"name","from":"Verein A","to":"Verein C"}]' where subject_id = $1 and seq = 1`,
      [org.id],
    );
    await sql.query('alter table record_change enable trigger record_change_append_only');
    expect(await verify(org.id)).toEqual({ valid: false, count: 2, brokenAtSeq: 1 });
  });
});
