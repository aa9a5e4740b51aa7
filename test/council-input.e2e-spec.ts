import { tablesChecksum } from '@gremium/testing';
import { CouncilFixture, meetingBody } from './support/council-fixture';
import { TestApp } from './support/test-app';

const TABLES = [
  'person',
  'organization',
  'membership',
  'meeting',
  'appointment',
  'app_user',
  'coordination_assignment',
  'settings_revision',
  'process_instance',
  'command',
];
const UNKNOWN = '0d6f0c7e-5a43-4c1b-9f0e-5d8a8c7f2a11';

describe('bad input on the council endpoints: a clear 4xx naming the field, nothing changed', () => {
  let app: TestApp;
  let council: CouncilFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
    ids.police = await council.organization('Polizeiinspektion Halle', 'police');
    ids.verein = await council.organization('Kinderschutzbund Halle', 'association');
    ids.person = await council.person('Ilse Eingabe');
    ids.other = await council.person('Olaf Ordnung');
    const rep = await council.ks.post('/memberships', {
      personId: ids.person,
      body: 'plenary',
      role: 'member',
      from: '2026-01-01',
      onBehalfOfId: ids.verein,
    });
    expect(rep.status).toBe(201);
    ids.group = (await council.foundGroup('AG Eingaben', [ids.person])).groupId;
  });
  afterAll(() => app.close());

  const fieldsOf = (body: { details?: unknown }) =>
    (Array.isArray(body.details) ? body.details : [body.details]).map((d: { field?: string }) => d?.field);

  it.each([
    ['POST', '/people', { givenName: 'X', familyName: 'Y', email: 'not-an-email' }, 400, 'email'],
    ['POST', '/people', { name: 'X', organizationId: UNKNOWN }, 400, 'organizationId'],
    ['POST', '/people', { name: 'X', isAdmin: true }, 400, 'isAdmin'],
    ['POST', '/organizations', { name: 'Rathaus', kind: 'mayor' }, 400, 'kind'],
    [
      'POST',
      '/memberships',
      { personId: UNKNOWN, workingGroupId: 'GROUP', role: 'member', from: '2026-01-01' },
      400,
      'personId',
    ],
    [
      'POST',
      '/memberships',
      { personId: 'PERSON', workingGroupId: UNKNOWN, role: 'member', from: '2026-01-01' },
      400,
      'workingGroupId',
    ],
    [
      'POST',
      '/memberships',
      { personId: 'PERSON', workingGroupId: 'GROUP', role: 'chair', from: '2026-01-01' },
      400,
      'role',
    ],
    [
      'POST',
      '/memberships',
      { personId: 'PERSON', workingGroupId: 'GROUP', role: 'member', from: '2026-13-01' },
      400,
      'from',
    ],
    [
      'POST',
      '/memberships',
      { personId: 'PERSON', workingGroupId: 'GROUP', role: 'temporary', from: '2026-01-01' },
      400,
      'topic',
    ],
    [
      'POST',
      '/memberships',
      { personId: 'OTHER', body: 'plenary', role: 'member', from: '2026-06-01', onBehalfOfId: 'VEREIN' },
      409,
      'onBehalfOfId',
    ],
    ['POST', '/meetings', { ...meetingBody('plenary', '2026-03-01', 'X'), body: 'council' }, 400, 'body'],
    ['POST', '/meetings', meetingBody('working-group', '2026-03-01', 'X'), 400, 'workingGroupId'],
    [
      'POST',
      '/meetings',
      { ...meetingBody('plenary', '2026-03-01', 'X'), end: '2026-03-01T08:00:00Z' },
      400,
      'end',
    ],
    [
      'POST',
      '/users',
      { email: 'neu@praeventionsrat.test', password: 'kurz', roles: ['viewer'] },
      400,
      'password',
    ],
    [
      'POST',
      '/users',
      { email: 'ks@praeventionsrat.test', password: 'lang-genug-1234', roles: ['viewer'] },
      409,
      'email',
    ],
    [
      'POST',
      '/users',
      { email: 'neu@praeventionsrat.test', password: 'lang-genug-1234', roles: ['admin'] },
      400,
      'roles',
    ],
    ['PUT', '/steering-group/coordination', { personId: UNKNOWN, since: '2026-01-01' }, 400, 'personId'],
    [
      'PUT',
      '/settings',
      {
        reviewPeriod: 'six weeks',
        answerPeriod: 'P8W',
        termAlertLeadDays: [90],
        signOffMajority: 'more-than-half',
      },
      400,
      'reviewPeriod',
    ],
    [
      'PUT',
      '/settings',
      { reviewPeriod: 'P42D', answerPeriod: 'P8W', termAlertLeadDays: [90], signOffMajority: 'all' },
      400,
      'signOffMajority',
    ],
    [
      'POST',
      '/processes',
      {
        definition: 'seat-appointment',
        input: { seat: 'police', personId: 'PERSON', organizationId: 'VEREIN' },
      },
      400,
      'input.organizationId',
    ],
    ['POST', '/processes', { definition: 'seat-appointment', input: { seat: 'mayor' } }, 400, 'input.seat'],
    [
      'POST',
      '/processes',
      { definition: 'seat-appointment', input: { seat: 'police', personId: 'PERSON' } },
      400,
      'input.organizationId',
    ],
    [
      'POST',
      '/processes',
      { definition: 'moderator-election', input: { workingGroupId: UNKNOWN } },
      400,
      'input.workingGroupId',
    ],
    [
      'POST',
      '/processes',
      {
        definition: 'working-group-founding',
        input: { name: 'A', topic: 'B', rationale: 'C', initialMemberIds: [UNKNOWN] },
      },
      400,
      'input.initialMemberIds',
    ],
  ])('%s %s %j → %i naming %s', async (method, path, raw, status, field) => {
    const body = JSON.parse(
      JSON.stringify(raw)
        .replace(/"PERSON"/g, `"${ids.person}"`)
        .replace(/"OTHER"/g, `"${ids.other}"`)
        .replace(/"GROUP"/g, `"${ids.group}"`)
        .replace(/"VEREIN"/g, `"${ids.verein}"`),
    );
    const before = await tablesChecksum(app.db.url, TABLES);
    const result = method === 'POST' ? await council.ks.post(path, body) : await council.ks.put(path, body);
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject({
      statusCode: status,
      error: expect.any(String),
      message: expect.any(String),
      // A stable key the dashboard words in German or English.
      key: expect.stringMatching(/^[a-z_]+(\.[a-z_]+)*$/),
    });
    expect(fieldsOf(result.body).join(' ')).toContain(field);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);
  });

  it.each([
    ['GET', `/memberships/${UNKNOWN}`, null],
    ['PUT', `/people/${UNKNOWN}`, { name: 'X' }],
    ['GET', `/appointments/${UNKNOWN}`, null],
    ['GET', `/meetings/not-a-uuid`, null],
    ['PUT', `/notifications/${UNKNOWN}`, { read: true }],
    ['GET', `/users/${UNKNOWN}`, null],
    ['GET', '/seats/mayor', null],
  ])('%s %s → 404', async (method: string, path: string, body: object | null) => {
    const result = method === 'GET' ? await council.ks.get(path) : await council.ks.put(path, body);
    expect(result.status).toBe(404);
  });

  it('lets only the coordination office manage users and record decisions', async () => {
    const viewer = await council.loginAs(ids.other, 'olaf@praeventionsrat.test');
    const before = await tablesChecksum(app.db.url, TABLES);
    expect((await viewer.get('/users')).status).toBe(403);
    expect((await viewer.post('/organizations', { name: 'X', kind: 'other' })).status).toBe(403);
    expect(
      (
        await viewer.put('/settings', {
          reviewPeriod: 'P1D',
          answerPeriod: 'P1D',
          termAlertLeadDays: [],
          signOffMajority: 'more-than-half',
        })
      ).status,
    ).toBe(403);
    const start = await viewer.post('/processes', {
      definition: 'working-group-founding',
      input: { name: 'A', topic: 'B', rationale: 'C' },
    });
    expect(start.status).toBe(403);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);
  });

  it('applies new rules of procedure and keeps every revision', async () => {
    const put = await council.ks.put('/settings', {
      reviewPeriod: 'P30D',
      answerPeriod: 'P6W',
      termAlertLeadDays: [30, 90, 90],
      signOffMajority: 'more-than-half',
    });
    expect(put.status).toBe(200);
    expect((await council.ks.get('/settings')).body).toEqual({
      reviewPeriod: 'P30D',
      answerPeriod: 'P6W',
      termAlertLeadDays: [90, 30],
      signOffMajority: 'more-than-half',
      annualReportStart: '--01-15',
    });
    // The start of the annual report (P6) is a day of the year every year has.
    for (const annualReportStart of ['--02-29', '01-15', '--13-01']) {
      const refused = await council.ks.put('/settings', {
        reviewPeriod: 'P30D',
        answerPeriod: 'P6W',
        termAlertLeadDays: [90],
        signOffMajority: 'more-than-half',
        annualReportStart,
      });
      expect(refused.status).toBe(400);
    }
    const moved = await council.ks.put('/settings', {
      reviewPeriod: 'P30D',
      answerPeriod: 'P6W',
      termAlertLeadDays: [90, 30],
      signOffMajority: 'more-than-half',
      annualReportStart: '--02-01',
    });
    expect(moved.body.annualReportStart).toBe('--02-01');
  });
});
