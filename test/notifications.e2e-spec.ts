import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

describe('notifications per person: own and role notifications, read state per user', () => {
  let app: TestApp;
  let sql: Client;
  let ks: HttpClient;
  const users: Record<string, { id: string; client: HttpClient }> = {};
  const ids = { office: randomUUID(), forAnna: randomUUID(), viewers: randomUUID(), forBen: randomUUID() };

  async function account(name: string, roles: string[]) {
    const email = `${name}@praeventionsrat.test`;
    const created = await ks.post('/users', { email, password: `Passwort-${name}-2026`, roles });
    users[name] = { id: created.body.id, client: await app.login(email, `Passwort-${name}-2026`) };
  }

  async function notification(id: string, recipient: { id?: string; role?: string }, email: object | null) {
    await sql.query(
      `insert into notification (id, kind, subject_type, subject_id, message, recipient_id, recipient_role, email, created_at)
       values ($1, 'term-expiry-alert', 'appointment', $2, $3, $4, $5, $6, now())`,
      [id, randomUUID(), `Nachricht ${id}`, recipient.id ?? null, recipient.role ?? null, email],
    );
  }

  const list = async (client: HttpClient, filter: object = {}) =>
    (await client.get(`/notifications?filter=${encodeURIComponent(JSON.stringify(filter))}`)).body as {
      id: string;
      read: boolean;
      email?: unknown;
    }[];
  const unread = async (client: HttpClient) => (await client.get('/notifications/unread-count')).body.count;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
    ks = await app.login();
    await account('anna', ['viewer']);
    await account('ben', ['viewer']);
    await account('kora', ['coordination']);
    const mail = { to: ['ks@praeventionsrat.test'], subject: 'Amtszeit endet', text: 'Bitte handeln' };
    await notification(ids.office, { role: 'coordination' }, mail);
    await notification(ids.forAnna, { id: users.anna.id }, null);
    await notification(ids.viewers, { role: 'viewer' }, null);
    await notification(ids.forBen, { id: users.ben.id }, null);
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('lists only the user’s own and their role’s notifications, without the office’s e-mail', async () => {
    const anna = await list(users.anna.client);
    expect(anna.map((n) => n.id).sort()).toEqual([ids.forAnna, ids.viewers].sort());
    expect(anna.every((n) => !('email' in n))).toBe(true);
    expect(JSON.stringify(anna)).not.toContain('ks@praeventionsrat.test');
    const office = await list(ks);
    expect(office.map((n) => n.id)).toEqual([ids.office]);
    expect(office[0].email).toMatchObject({ to: ['ks@praeventionsrat.test'] });
    expect(await unread(users.anna.client)).toBe(2);
  });

  it('answers 404 for somebody else’s notification, to read or to mark, and changes nothing', async () => {
    for (const id of [ids.office, ids.forBen]) {
      expect((await users.anna.client.get(`/notifications/${id}`)).status).toBe(404);
      expect((await users.anna.client.put(`/notifications/${id}`, { read: true })).status).toBe(404);
    }
    expect((await sql.query('select * from notification_read')).rowCount).toBe(0);
    expect(await unread(ks)).toBe(1);
  });

  it('keeps the read state per user', async () => {
    const marked = await users.anna.client.put(`/notifications/${ids.viewers}`, { read: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: ids.viewers, read: true, readAt: expect.any(String) });
    expect(await unread(users.anna.client)).toBe(1);
    expect((await list(users.anna.client, { read: true })).map((n) => n.id)).toEqual([ids.viewers]);
    expect((await list(users.anna.client, { read: false })).map((n) => n.id)).toEqual([ids.forAnna]);
    // Ben sees the same role notification still unread.
    expect(await unread(users.ben.client)).toBe(2);
    expect((await list(users.ben.client, { read: false })).map((n) => n.id).sort()).toEqual(
      [ids.viewers, ids.forBen].sort(),
    );

    expect((await ks.put(`/notifications/${ids.office}`, { read: true })).body.read).toBe(true);
    expect(await unread(ks)).toBe(0);
    expect(await unread(users.kora.client)).toBe(1);

    // Marking twice is fine; unread again removes only this user's mark.
    expect((await users.anna.client.put(`/notifications/${ids.viewers}`, { read: true })).status).toBe(200);
    const again = await users.anna.client.put(`/notifications/${ids.viewers}`, { read: false });
    expect(again.body).toMatchObject({ read: false, readAt: null });
    expect(await unread(users.anna.client)).toBe(2);
    expect((await users.anna.client.put(`/notifications/${ids.viewers}`, { read: 'ja' })).status).toBe(400);
  });
});
