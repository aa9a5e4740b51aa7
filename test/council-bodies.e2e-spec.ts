import { tablesChecksum } from '@gremium/testing';
import { CouncilFixture } from './support/council-fixture';
import { TestApp } from './support/test-app';

const TABLES = ['process_instance', 'command', 'audit_event', 'working_group', 'membership', 'appointment'];
const filter = (value: object) => encodeURIComponent(JSON.stringify(value));

describe('the council’s bodies: steering-group composition (R6), elections (P5), dissolution (P2)', () => {
  let app: TestApp;
  let council: CouncilFixture;
  const people: Record<string, string> = {};
  const groups: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
    const police = await council.organization('Polizeiinspektion Halle', 'police');
    const provider = await council.organization('Freiwilligen-Agentur Halle', 'provider');
    const science = await council.organization('Hochschule Merseburg', 'science');
    for (const name of [
      'Kora Stelle',
      'Anna Opferschutz',
      'Bernd Senior',
      'Cem Vielfalt',
      'Dana Schule',
      'Paul Polizei',
      'Tara Traeger',
      'Wiebke Wissen',
      'Emil Neu',
    ]) {
      people[name] = await council.person(name);
    }
    await council.coordinationSeat(people['Kora Stelle'], '2026-01-01');
    const names = [
      'Opferschutz, häusliche Gewalt und Stalking',
      'Sicherheit für ältere Menschen',
      'Diskriminierung',
      'Schulumfeld und Freizeit',
    ];
    const moderators = ['Anna Opferschutz', 'Bernd Senior', 'Cem Vielfalt', 'Dana Schule'];
    for (const [index, name] of names.entries()) {
      const { groupId, electionId } = await council.foundGroup(name, [people[moderators[index]]]);
      groups[name] = groupId;
      await council.elect(electionId, people[moderators[index]]);
    }
    await council.appoint('police', people['Paul Polizei'], police, '2025-06-01');
    await council.appoint('provider', people['Tara Traeger'], provider, '2025-06-01');
    await council.appoint('science', people['Wiebke Wissen'], science, '2025-06-01');
  });
  afterAll(() => app.close());

  const composition = async () => (await council.ks.get('/steering-group')).body;

  it('has 8 seats with four working groups, all occupied', async () => {
    const sg = await composition();
    expect(sg).toMatchObject({ size: 8, occupied: 8 });
    expect(sg.seats.map((seat: { kind: string }) => seat.kind)).toEqual([
      'coordination',
      'moderator',
      'moderator',
      'moderator',
      'moderator',
      'police',
      'provider',
      'science',
    ]);
  });

  it('grows to 9 with a vacant moderator seat when a fifth group is founded, filled by the election', async () => {
    const { groupId, electionId } = await council.foundGroup('Mobbing im Netz');
    let sg = await composition();
    expect(sg).toMatchObject({ size: 9, occupied: 8 });
    expect(sg.seats).toContainEqual(
      expect.objectContaining({ kind: 'moderator', workingGroupId: groupId, personId: null }),
    );

    const before = await tablesChecksum(app.db.url, TABLES);
    const refused = await council.ks.post(`/processes/${electionId}/commands`, {
      type: 'ELECT',
      payload: { personId: people['Emil Neu'] },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      key: 'election.not_member',
      details: [expect.objectContaining({ field: 'payload.personId', key: 'election.not_member' })],
    });
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);

    const joined = await council.ks.post('/memberships', {
      personId: people['Emil Neu'],
      workingGroupId: groupId,
      role: 'member',
      from: '2026-01-01',
    });
    expect(joined.status).toBe(201);
    await council.elect(electionId, people['Emil Neu']);
    sg = await composition();
    expect(sg).toMatchObject({ size: 9, occupied: 9 });
    const member = await council.ks.get(`/memberships/${joined.body.id}`);
    expect(member.body.role).toBe('moderator');

    const emil = await council.loginAs(people['Emil Neu'], 'emil.neu@praeventionsrat.test');
    expect((await emil.get('/auth/me')).body.permissions).toEqual(
      expect.arrayContaining(['viewer', 'steering-member', `moderator:${groupId}`, `member:${groupId}`]),
    );

    const dissolution = await council.ks.post('/processes', {
      definition: 'working-group-dissolution',
      input: { workingGroupId: groupId, reason: 'in die AG Schulumfeld überführt' },
    });
    expect(dissolution.status).toBe(201);
    await council.send(dissolution.body.id, 'STEERING_DECISION', { decision: 'granted' });
    const done = await council.send(dissolution.body.id, 'PLENARY_DECISION', { decision: 'adopted' });
    expect(done.state).toBe('dissolved');
    sg = await composition();
    expect(sg).toMatchObject({ size: 8, occupied: 8 });
    expect((await council.ks.get(`/working-groups/${groupId}`)).body).toMatchObject({ status: 'dissolved' });
    expect((await emil.get('/auth/me')).body.permissions).not.toContain('steering-member');
  });

  it('cancels the open moderator election of a dissolved group and keeps it', async () => {
    const { groupId, electionId } = await council.foundGroup('Kurzlebige AG');
    const dissolution = await council.ks.post('/processes', {
      definition: 'working-group-dissolution',
      input: { workingGroupId: groupId, reason: 'Fehlgründung' },
    });
    await council.send(dissolution.body.id, 'PLENARY_DECISION', { decision: 'adopted' });
    await council.send(dissolution.body.id, 'STEERING_DECISION', { decision: 'granted' });
    const { waitFor } = await import('@gremium/testing');
    const election = await waitFor(async () => {
      const result = await council.ks.get(`/processes/${electionId}`);
      return result.body.status === 'done' ? result.body : null;
    });
    expect(election).toMatchObject({ state: 'cancelled', context: { closedReason: 'group-dissolved' } });
    const again = await council.ks.post('/processes', {
      definition: 'working-group-dissolution',
      input: { workingGroupId: groupId, reason: 'noch einmal' },
    });
    expect(again.status).toBe(409);
  });

  it('records an appointment whose term ended more than two years ago as expired, the seat vacant', async () => {
    const science = (await council.ks.get(`/organizations?filter=${filter({ kind: 'science' })}`)).body[0].id;
    const old = await council.person('Otto Alt');
    const sg0 = await composition();
    const process = await council.appoint('science', old, science, '2023-01-01');
    expect(process.state).toBe('expired');
    const appointment = (await council.ks.get(`/appointments?filter=${filter({ processId: process.id })}`))
      .body[0];
    expect(appointment).toMatchObject({ termStart: '2023-01-01', termEnd: '2024-12-31', status: 'expired' });
    expect(
      (await council.ks.get(`/notifications?filter=${filter({ subjectId: appointment.id })}`)).body,
    ).toEqual([]);
    const sg = await composition();
    expect(sg.seats.find((seat: { kind: string }) => seat.kind === 'science').personId).toBe(
      people['Wiebke Wissen'],
    );
    expect(sg.occupied).toBe(sg0.occupied);

    const vacantOn = await council.ks.get('/steering-group?date=2024-06-01');
    expect(vacantOn.body.seats.find((seat: { kind: string }) => seat.kind === 'police').personId).toBeNull();
  });
});
