import { waitFor } from '@gremium/testing';
import { CouncilFixture } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

interface Warning {
  code: string;
  message: string;
  quarter?: number;
  meetingIds: string[];
}

describe('P8 cadence (R4, R5, R8): warnings, and a timer that tells the coordination office', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;

  beforeAll(async () => {
    app = await TestApp.start({ sweepInterval: 'PT1S' });
    ks = await app.login();
    council = new CouncilFixture(app, ks);
  });
  afterAll(() => app.close());

  it('warns when a working group meets before the quarter’s steering meeting, and counts per body', async () => {
    const moderator = await council.person('Carla Kadenz');
    const { groupId, electionId } = await council.foundGroup('AG Kadenz', [moderator]);
    await council.elect(electionId, moderator);
    const steering = await council.meeting('steering', '2027-03-02', 'Steuerungsgruppe I/2027');
    const early = await council.meeting('working-group', '2027-02-20', 'AG Kadenz I/2027', {
      workingGroupId: groupId,
    });
    await council.meeting('working-group', '2027-03-20', 'AG Kadenz I/2027 b', { workingGroupId: groupId });
    await council.meeting('plenary', '2027-03-10', 'Vollversammlung 2027');

    const cadence = await ks.get('/meetings/cadence?year=2027');
    expect(cadence.status).toBe(200);
    expect(cadence.body.bodies).toEqual(
      expect.arrayContaining([
        { body: 'plenary', required: 1, planned: 1, held: 0 },
        { body: 'steering', required: 4, planned: 1, held: 0 },
        { body: 'working-group', workingGroupId: groupId, required: 4, planned: 2, held: 0 },
      ]),
    );
    const warnings = cadence.body.warnings as Warning[];
    const before = warnings.filter((warning) => warning.code === 'working-group-before-steering');
    expect(before).toEqual([expect.objectContaining({ quarter: 1, meetingIds: [early.id, steering.id] })]);
    expect(before[0].message).toContain('20.02.2027');
    expect(
      warnings.filter((warning) => warning.code === 'no-steering-meeting').map((warning) => warning.quarter),
    ).toEqual([2, 3, 4]);
    expect(warnings.filter((warning) => warning.code === 'too-few-meetings')).toHaveLength(2);
    for (const bad of ['abc', '27', '']) {
      expect((await ks.get(`/meetings/cadence?year=${bad}`)).status).toBe(400);
    }
  });

  it('tells the coordination office 6 weeks before a quarter ends without a steering meeting, once', async () => {
    const started = async (quarter: number) =>
      (await ks.post('/processes', { definition: 'steering-cadence-check', input: { year: 2027, quarter } }))
        .body;
    const withMeeting = await started(1);
    const without = await started(2);
    expect(without.state).toBe('waiting');
    const offset = Date.parse('2027-05-21T00:00:00Z') - Date.now();
    expect((await ks.put('/test/clock', { offsetMs: offset })).status).toBe(200);
    for (const process of [withMeeting, without]) {
      await waitFor(async () => (await ks.get(`/processes/${process.id}`)).body.state === 'checked', {
        what: `quarter check ${process.id}`,
      });
    }
    const warnings = (
      (await ks.get('/notifications')).body as { kind: string; message: string; subjectId: string }[]
    ).filter((notification) => notification.kind === 'cadence-warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ subjectId: without.id });
    expect(warnings[0].message).toContain('2. Quartal 2027');
    await ks.put('/test/clock', { offsetMs: 0 });
  });
});
