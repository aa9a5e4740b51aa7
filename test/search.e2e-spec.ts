import { CouncilFixture } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

describe('global search over HTTP against PostgreSQL (unaccent + pg_trgm)', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'embedded' });
    ks = await app.login();
    council = new CouncilFixture(app, ks);
  });
  afterAll(() => app?.close());

  const search = (q: string) => ks.get(`/search?q=${encodeURIComponent(q)}`);

  it('finds people, organizations, groups and their processes whatever the accents and case', async () => {
    const schule = await council.organization('Grundschule Süd', 'institution');
    const koehler = await council.person('Jürgen Köhler', schule);
    await council.person('Anna Kohlmann');
    const { groupId } = await council.foundGroup('Öffentlicher Raum');

    const byName = await search('kohler');
    expect(byName.status).toBe(200);
    expect(byName.body).toEqual([{ kind: 'person', id: koehler, label: 'Jürgen Köhler', detail: null }]);

    const bySchool = (await search('SUD')).body;
    expect(bySchool).toContainEqual({
      kind: 'organization',
      id: schule,
      label: 'Grundschule Süd',
      detail: null,
    });

    const group = (await search('offentlich')).body as { kind: string; id: string; detail: string | null }[];
    expect(group).toContainEqual(expect.objectContaining({ kind: 'working-group', id: groupId }));
    expect(
      group
        .filter((hit) => hit.kind === 'process')
        .map((hit) => hit.detail)
        .sort(),
    ).toEqual(['moderator-election', 'working-group-founding']);
  });

  it('treats the query as text, not as a pattern, and refuses too short a query with a key', async () => {
    await council.person('Prozent Mensch');
    expect((await search('%%')).body).toEqual([]);
    expect((await search('_e')).body).toEqual([]);
    const short = await search('a');
    expect(short.status).toBe(400);
    expect(short.body.details).toEqual([
      expect.objectContaining({ field: 'q', key: 'search.length', params: { min: 2, max: 100 } }),
    ]);
    expect((await ks.get('/search')).status).toBe(400);
    expect((await app.http.get('/search?q=kohler')).status).toBe(401);
  });
});
