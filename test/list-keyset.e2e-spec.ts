import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

/** Lists sorted by time page with a cursor (`X-Next-Cursor`, `after`) as well as by offset. */
describe('keyset pages of audit events and processes', () => {
  let app: TestApp;
  let ks: HttpClient;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    ks = await app.login();
    for (let i = 0; i < 6; i++) {
      const started = await ks.post('/processes', {
        definition: 'working-group-founding',
        input: { name: `AG Seite ${i}`, topic: 'Blättern', rationale: 'Test' },
      });
      await app.applyStart(started);
    }
  });
  afterAll(() => app.close());

  const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

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
