import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  berlinDateOf,
  CoordinationAssignment,
  DEFAULT_RULES,
  Membership,
  MembershipsService,
  Organization,
  OrganizationsService,
  PeopleService,
  Person,
  SettingsRevision,
  SettingsService,
  SteeringGroupService,
  User,
  UsersService,
  type Editor,
  type StoredRole,
} from '@gremium/council';
import { displayName, type DemoOrganization, type DemoPerson } from './demo-council';

/** What one run wrote; a second run writes nothing. */
export interface Tally {
  organizations: number;
  people: number;
  accounts: number;
  coordinationSeat: number;
  rulesOfProcedure: number;
  meetings: number;
  memberships: number;
  processes: number;
  commands: number;
}

export function emptyTally(): Tally {
  return {
    organizations: 0,
    people: 0,
    accounts: 0,
    coordinationSeat: 0,
    rulesOfProcedure: 0,
    meetings: 0,
    memberships: 0,
    processes: 0,
    commands: 0,
  };
}

/**
 * The records the coordination office keeps in the dashboard (people, organizations, accounts, meetings,
 * memberships, the coordination seat, the rules of procedure), written through the same services as the
 * API's, with their checks (R2, R8, R9) and on the engine clock. Like the office, the seed first looks
 * whether a record is there already (by its natural key), so a second run writes nothing.
 */
@Injectable()
export class DemoRecords {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
    private readonly settings: SettingsService,
    private readonly steeringGroup: SteeringGroupService,
  ) {}

  /** The day of the first run: when the demo's coordinator was recorded. */
  async anchor(coordinatorEmail: string): Promise<string | null> {
    const person = await this.em.fork().findOne(Person, { email: coordinatorEmail.toLowerCase() });
    return person ? berlinDateOf(person.createdAt) : null;
  }

  /**
   * The coordination office's account, which sends every later command: created from the command line
   * (as `ADMIN_EMAIL` is on a first start), before its person is recorded.
   */
  async coordinationAccount(
    email: string,
    password: () => string,
    tally: Tally,
  ): Promise<{ user: User; password: string | null }> {
    const existing = await this.findAccount(email);
    if (existing) return { user: existing, password: null };
    const secret = password();
    const user = await this.users.createFirstCoordinator({ email, password: secret, personId: null });
    tally.accounts++;
    return { user, password: secret };
  }

  /** PUT /api/users/:id: links the coordination office's account to its person once that is recorded. */
  async linkAccount(user: User, personId: string, by: Editor): Promise<User> {
    if (user.personId === personId) return user;
    return this.users.update(user.id, { email: user.email, personId, roles: user.roles }, by);
  }

  /** POST /api/users: an account for a person; `password` only matters when the account is new. */
  async account(
    personId: string,
    email: string,
    role: StoredRole,
    password: () => string,
    by: Editor,
    tally: Tally,
  ): Promise<{ user: User; password: string | null }> {
    const existing = await this.findAccount(email);
    if (existing) return { user: existing, password: null };
    const secret = password();
    const user = await this.users.create({ email, password: secret, personId, roles: [role] }, by);
    tally.accounts++;
    return { user, password: secret };
  }

  async organization(spec: DemoOrganization, by: Editor, tally: Tally): Promise<string> {
    const existing = await this.em.fork().findOne(Organization, { name: spec.name });
    if (existing) return existing.id;
    const organization = await this.organizations.create({ name: spec.name, kind: spec.kind }, by);
    tally.organizations++;
    return organization.id;
  }

  async person(spec: DemoPerson, organizationId: string | null, by: Editor, tally: Tally): Promise<string> {
    const existing = await this.em.fork().findOne(Person, { email: spec.email.toLowerCase() });
    if (existing) return existing.id;
    const person = await this.people.create(
      {
        name: displayName(spec),
        givenName: spec.givenName,
        familyName: spec.familyName,
        email: spec.email,
        ...(organizationId ? { organizationId } : {}),
      },
      by,
    );
    tally.people++;
    return person.id;
  }

  /** PUT /api/steering-group/coordination: who holds the coordination office's seat from `since` (R14). */
  async coordinationSeat(personId: string, since: string, by: Editor, tally: Tally): Promise<void> {
    if (await this.em.fork().count(CoordinationAssignment, { personId })) return;
    await this.steeringGroup.assignCoordination(personId, since, by);
    tally.coordinationSeat++;
  }

  /** R9: the default rules of procedure, decided at a steering meeting, unless rules are recorded already. */
  async rulesOfProcedure(meetingId: string, by: Editor, tally: Tally): Promise<void> {
    if (await this.em.fork().count(SettingsRevision, {})) return;
    await this.settings.record(DEFAULT_RULES, meetingId, by);
    tally.rulesOfProcedure++;
  }

  /** R8: a plenary member, as an individual or as the one representative of an organization. */
  async plenaryMember(
    personId: string,
    from: string,
    onBehalfOfId: string | null,
    by: Editor,
    tally: Tally,
  ): Promise<void> {
    const em = this.em.fork();
    const existing = onBehalfOfId
      ? await em.count(Membership, { body: 'plenary', onBehalfOfId })
      : await em.count(Membership, { body: 'plenary', personId, onBehalfOfId: null });
    if (existing) return;
    await this.memberships.create(
      { personId, body: 'plenary', role: 'member', from, ...(onBehalfOfId ? { onBehalfOfId } : {}) },
      by,
    );
    tally.memberships++;
  }

  /** R2: a temporary member of a working group, for a topic and until a date. */
  async temporaryMember(
    personId: string,
    workingGroupId: string,
    spec: { from: string; to: string; topic: string },
    by: Editor,
    tally: Tally,
  ): Promise<void> {
    if (await this.em.fork().count(Membership, { personId, workingGroupId, role: 'temporary' })) return;
    await this.memberships.create({ personId, workingGroupId, role: 'temporary', ...spec }, by);
    tally.memberships++;
  }

  private findAccount(email: string): Promise<User | null> {
    return this.em.fork().findOne(User, { email: email.trim().toLowerCase() });
  }
}
