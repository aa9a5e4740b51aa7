import type { Client } from 'pg';
import { bulkLoadHistory } from '../bench/list-data';
import { DEFER_FROM } from '../apps/api/src/common/keyset-list';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

let app: TestApp;
let ks: HttpClient;

beforeAll(async () => {
  app = await TestApp.start({ worker: 'off' });
  ks = await app.login();
});
afterAll(() => app.close());

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** Lists sorted by time page with a cursor (`X-Next-Cursor`, `after`) as well as by offset. */
describe('keyset pages of audit events and processes', () => {
  beforeAll(async () => {
    for (let i = 0; i < 6; i++) {
      const started = await ks.post('/processes', {
        definition: 'working-group-founding',
        input: { name: `AG Seite ${i}`, topic: 'Blättern', rationale: 'Test' },
      });
      await app.applyStart(started);
    }
  });

  it.each([
    ['audit-events', ['at', 'DESC']],
    ['audit-events', ['at', 'ASC']],
    ['processes', ['updatedAt', 'DESC']],
    ['processes', ['createdAt', 'ASC']],
  ])('%s sorted by %j: the page after a cursor is the page at that offset', async (resource, sort) => {
    const all = await ks.get(`/${resource}?sort=${q(sort)}&range=${q([0, 99])}`);
    expect(all.status).toBe(200);
    const ids = (all.body as { id: string }[]).map((row) => row.id);
    expect(ids.length).toBeGreaterThanOrEqual(6);

    const first = await ks.get(`/${resource}?sort=${q(sort)}&range=${q([0, 2])}`);
    const cursor = first.headers.get('x-next-cursor');
    expect(cursor).toEqual(expect.any(String));
    expect(first.headers.get('access-control-expose-headers')).toContain('X-Next-Cursor');
    const second = await ks.get(`/${resource}?sort=${q(sort)}&range=${q([3, 5])}&after=${cursor}`);

    expect(second.status).toBe(200);
    expect((second.body as { id: string }[]).map((row) => row.id)).toEqual(ids.slice(3, 6));
    expect(second.headers.get('content-range')).toBe(`${resource} 3-5/${ids.length}`);
  });

  it('gives no cursor after the last page', async () => {
    const all = await ks.get(`/audit-events?range=${q([0, 999])}`);
    expect(all.headers.get('x-next-cursor')).toBeNull();
  });

  it.each([
    ['a cursor it did not give out', `after=bm9ub25zZW5zZQ`],
    [
      'a cursor on a sort it cannot follow',
      `sort=${q(['seq', 'ASC'])}&after=${Buffer.from(JSON.stringify([1, '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`,
    ],
    ['a cursor given twice', `after=bm9u&after=bm9u`],
  ])('refuses %s with 400 and the list query key', async (_, query) => {
    const answer = await ks.get(`/audit-events?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.key).toBe('list.invalid_query');
  });
});

/** Pages from DEFER_FROM on find their ids first: still the rows, order, total and cursor of the plain query. */
describe('deep offset pages of audit events and processes', () => {
  let sql: Client;

  beforeAll(async () => {
    sql = await app.sql();
    await bulkLoadHistory(sql, DEFER_FROM + 100, 2);
    // Ties in the sorted time, so the order rests on the id as well.
    await sql.query(`update process_instance set updated_at = date_trunc('hour', updated_at)`);
  });

  const offset = DEFER_FROM + 7;

  it.each([
    ['audit-events', ['at', 'DESC'], {}, `select id from audit_event where true order by at desc, id desc`],
    [
      'audit-events',
      ['at', 'ASC'],
      { type: 'NOTE' },
      `select id from audit_event where type = 'NOTE' order by at asc, id asc`,
    ],
    [
      'audit-events',
      ['at', 'DESC'],
      { q: 'note' },
      `select id from audit_event where type ilike '%note%' order by at desc, id desc`,
    ],
    [
      'processes',
      ['updatedAt', 'DESC'],
      {},
      `select id from process_instance where true order by updated_at desc, id desc`,
    ],
    [
      'processes',
      ['createdAt', 'ASC'],
      { status: 'active', q: 'founding' },
      `select id from process_instance where status = 'active' and definition_key ilike '%founding%'
         order by created_at asc, id asc`,
    ],
  ])(
    '%s sorted by %j with %j: a deep page is the plain query’s page',
    async (resource, sort, filter, plain) => {
      const { rows } = await sql.query<{ id: string }>(plain);
      const expected = rows.map((row) => row.id);
      expect(expected.length).toBeGreaterThanOrEqual(offset + 50);
      const list = `/${resource}?sort=${q(sort)}&filter=${q(filter)}`;

      const page = await ks.get(`${list}&range=${q([offset, offset + 24])}`);
      expect(page.status).toBe(200);
      expect((page.body as { id: string }[]).map((row) => row.id)).toEqual(
        expected.slice(offset, offset + 25),
      );
      expect(page.headers.get('content-range')).toBe(
        `${resource} ${offset}-${offset + 24}/${expected.length}`,
      );

      const cursor = page.headers.get('x-next-cursor');
      const next = await ks.get(`${list}&range=${q([offset + 25, offset + 49])}&after=${cursor}`);
      expect((next.body as { id: string }[]).map((row) => row.id)).toEqual(
        expected.slice(offset + 25, offset + 50),
      );
    },
  );

  it('binds the filter of a deep page as a value', async () => {
    const filter = q({ type: "NOTE' or 'a' = 'a" });
    const page = await ks.get(`/audit-events?filter=${filter}&range=${q([offset, offset + 24])}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual([]);
  });
});
