import { berlinWallTime } from '@gremium/council';
import { waitFor } from '@gremium/testing';
import type { HttpClient } from './http-client';
import type { TestApp } from './test-app';

const PASSWORD = 'Steuerung-2026-sicher';
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
const filter = (value: object) => encodeURIComponent(JSON.stringify(value));

function expectStatus(result: { status: number; body: unknown }, status: number, what: string): void {
  if (result.status !== status) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
}

export interface SteeringMember {
  name: string;
  personId: string;
  email: string;
  http: HttpClient;
}

export interface SteeringCouncil {
  members: SteeringMember[];
  groupIds: string[];
  organizations: Record<'police' | 'provider' | 'science', string>;
}

/** The body of POST /api/meetings for a meeting on a Berlin calendar date, 10:00–12:00. */
export function meetingBody(
  body: string,
  date: string,
  title: string,
  extra: { workingGroupId?: string; kind?: string; location?: string } = {},
) {
  return {
    body,
    kind: extra.kind ?? 'regular',
    title,
    start: berlinWallTime(date, 10, 0).toISOString(),
    end: berlinWallTime(date, 12, 0).toISOString(),
    location: extra.location ?? 'Ratshof, Beratungsraum 1',
    ...(extra.workingGroupId ? { workingGroupId: extra.workingGroupId } : {}),
  };
}

/** Builds council data through the public API, as the coordination office would. */
export class CouncilFixture {
  constructor(
    private readonly app: TestApp,
    readonly ks: HttpClient,
  ) {}

  async organization(name: string, kind: string): Promise<string> {
    const result = await this.ks.post('/organizations', { name, kind });
    expectStatus(result, 201, `organization ${name}`);
    return result.body.id;
  }

  async person(name: string, organizationId?: string): Promise<string> {
    const [givenName, ...rest] = name.split(' ');
    const email = `${slug(name)}@praeventionsrat.test`;
    const result = await this.ks.post('/people', {
      givenName,
      familyName: rest.join(' '),
      email,
      organizationId,
    });
    expectStatus(result, 201, `person ${name}`);
    return result.body.id;
  }

  async send(processId: string, type: string, payload: object): Promise<any> {
    const result = await this.ks.post(`/processes/${processId}/commands`, { type, payload });
    expectStatus(result, 200, `${type} on ${processId}`);
    return result.body.process;
  }

  /** POST /api/meetings (starts its P8): `date` at 10:00–12:00 Berlin time; returns the meeting. */
  async meeting(
    body: 'plenary' | 'steering' | 'working-group',
    date: string,
    title: string,
    extra: { workingGroupId?: string; kind?: string; location?: string } = {},
  ): Promise<any> {
    const result = await this.ks.post('/meetings', meetingBody(body, date, title, extra));
    // 202 while no worker runs: the start command is stored and applied once one does.
    if (result.status !== 202) expectStatus(result, 201, `meeting ${title}`);
    return result.body;
  }

  /** A meeting whose start the running worker has applied, even when it took longer than the API's wait. */
  async plannedMeeting(...args: Parameters<CouncilFixture['meeting']>): Promise<any> {
    const created = await this.meeting(...args);
    if (!created.command) return created;
    const { id, processId } = created.command as { id: string; processId: string };
    await waitFor(async () => (await this.ks.get(`/commands/${id}`)).body.status !== 'queued', {
      what: `the start of meeting ${args[2]}`,
    });
    const process = await this.ks.get(`/processes/${processId}`);
    return (await this.ks.get(`/meetings/${process.body.subjectId}`)).body;
  }

  /** P1 through both consents; returns the group and its open moderator election (P5). */
  async foundGroup(name: string, memberIds: string[] = []): Promise<{ groupId: string; electionId: string }> {
    const started = await this.ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name, topic: `Thema ${name}`, rationale: 'Beschluss', initialMemberIds: memberIds },
    });
    expectStatus(started, 201, `founding ${name}`);
    await this.send(started.body.id, 'PLENARY_DECISION', { decision: 'adopted' });
    const founded = await this.send(started.body.id, 'STEERING_DECISION', { decision: 'granted' });
    const groupId = founded.context.workingGroupId as string;
    const elections = await this.ks.get(
      `/processes?filter=${filter({ definition: 'moderator-election', subjectId: groupId })}`,
    );
    return { groupId, electionId: elections.body[0].id };
  }

  async elect(electionId: string, personId: string): Promise<void> {
    await this.send(electionId, 'ELECT', { personId });
  }

  /** P3 with a plenary decision; returns the process (its context holds the appointment id). */
  async appoint(seat: string, personId: string, organizationId: string, termStart: string): Promise<any> {
    const started = await this.ks.post('/processes', {
      definition: 'seat-appointment',
      input: { seat, personId, organizationId },
    });
    expectStatus(started, 201, `appointment ${seat}`);
    return this.send(started.body.id, 'PLENARY_DECISION', { decision: 'appointed', termStart });
  }

  async coordinationSeat(personId: string | null, since: string): Promise<void> {
    expectStatus(
      await this.ks.put('/steering-group/coordination', { personId, since }),
      200,
      'coordination seat',
    );
  }

  /**
   * A council of `groups` working groups with moderators, the coordination office and the three
   * appointed seats, every seat holder with an account: the steering group has 1 + groups + 3 members.
   */
  async steeringGroup(groups: number): Promise<SteeringCouncil> {
    const kinds = ['police', 'provider', 'science'] as const;
    const organizations = Object.fromEntries(
      await Promise.all(
        kinds.map(async (kind) => [kind, await this.organization(`Organisation ${kind}`, kind)] as const),
      ),
    ) as Record<(typeof kinds)[number], string>;
    const members: SteeringMember[] = [];
    const account = async (name: string) => {
      const personId = await this.person(name);
      const email = `konto.${slug(name)}@praeventionsrat.test`;
      const member = { name, personId, email, http: await this.loginAs(personId, email) };
      members.push(member);
      return member;
    };
    const coordination = await account('Koordination Stelle');
    await this.coordinationSeat(coordination.personId, '2026-01-01');
    const groupIds: string[] = [];
    for (let index = 1; index <= groups; index++) {
      const moderator = await account(`Moderation Nummer${index}`);
      const { groupId, electionId } = await this.foundGroup(`AG ${index}`, [moderator.personId]);
      await this.elect(electionId, moderator.personId);
      groupIds.push(groupId);
    }
    for (const kind of kinds) {
      const holder = await account(`Berufen ${kind}`);
      await this.appoint(kind, holder.personId, organizations[kind], '2026-01-01');
    }
    return { members, groupIds, organizations };
  }

  /** An account for a person, logged in. */
  async loginAs(personId: string, email: string): Promise<HttpClient> {
    expectStatus(
      await this.ks.post('/users', { email, password: PASSWORD, personId, roles: ['viewer'] }),
      201,
      `user ${email}`,
    );
    return this.app.login(email, PASSWORD);
  }
}
