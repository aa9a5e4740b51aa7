import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { councilOrmOptions } from '@gremium/council';
import { tablesChecksum } from '@gremium/testing';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const BEFORE = 'Migration20261130051500';

describe('migration: names in stored notification texts become person ids', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    ks = await app.login();
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('replaces quoted names by references, keeps every audit chain, and reads as before', async () => {
    const petra = (await ks.post('/people', { givenName: 'Petra', familyName: 'Revier' })).body.id as string;
    const processId = await app.applyStart(
      await ks.post('/processes', {
        definition: 'working-group-founding',
        input: { name: 'AG Migration', topic: 'Daten', rationale: 'Test' },
      }),
    );
    const orm = await MikroORM.init(councilOrmOptions(app.config));
    try {
      await orm.getMigrator().down({ to: BEFORE });
      const id = randomUUID();
      const text = 'Die Amtszeit von Petra Revier im Sitz „Polizeiinspektion“ endet am 12.02.2027.';
      await sql.query(
        `insert into notification (id, kind, subject_type, subject_id, message, recipient_role, email, created_at)
         values ($1, 'term-expiry-alert', 'appointment', $2, $3, 'coordination', $4, now())`,
        [id, randomUUID(), text, { to: ['ks@praeventionsrat.test'], subject: 'Petra Revier', text }],
      );
      const chains = await tablesChecksum(app.db.url, ['audit_event', 'process_instance']);
      await orm.getMigrator().up();

      const { rows } = await sql.query<{ message: string; email: { subject: string; text: string } }>(
        'select message, email from notification where id = $1',
        [id],
      );
      expect(rows[0].message).toBe(text.replace('Petra Revier', `{{person:${petra}}}`));
      expect(rows[0].email.subject).toBe(`{{person:${petra}}}`);
      expect(JSON.stringify(rows)).not.toContain('Revier');
      expect(await tablesChecksum(app.db.url, ['audit_event', 'process_instance'])).toBe(chains);
      expect((await ks.get(`/audit-events/verify?processId=${processId}`)).body).toMatchObject({
        valid: true,
      });
      const read = await ks.get(`/notifications/${id}`);
      expect(read.body.message).toBe(text);
      expect(read.body.email.subject).toBe('Petra Revier');
    } finally {
      await orm.close(true);
    }
  });
});
