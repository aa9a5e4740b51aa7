import type { HttpClient } from './http-client';
import type { TestApp } from './test-app';

const PASSWORD = 'Steuerung-2026-sicher';
const filter = (value: object) => encodeURIComponent(JSON.stringify(value));

function expectStatus(result: { status: number; body: unknown }, status: number, what: string): void {
  if (result.status !== status) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
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
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@praeventionsrat.test`;
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
