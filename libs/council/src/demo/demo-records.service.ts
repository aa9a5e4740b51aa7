import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../identity/password';
import { User, type StoredRole } from '../identity/user.entity';
import { Membership } from '../memberships/membership.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { DEFAULT_RULES } from '../settings/rules-of-procedure';
import { recordRules } from '../settings/rules-store';
import { SettingsRevision } from '../settings/settings-revision.entity';
import { CoordinationAssignment } from '../steering-group/coordination-assignment.entity';
import { berlinDateOf } from '../terms/calendar-date';
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
 * The records the coordination office keeps through plain CRUD in the API (people, organizations,
 * accounts, meetings, memberships, the coordination seat, the rules of procedure), written the way the
 * controllers write them. Each is found first by its natural key, so a second run writes nothing.
 */
@Injectable()
export class DemoRecords {
  constructor(private readonly em: EntityManager) {}

  /** The day of the first run: when the demo's coordinator was recorded. */
  async anchor(coordinatorEmail: string): Promise<string | null> {
    const person = await this.em.fork().findOne(Person, { email: coordinatorEmail });
    return person ? berlinDateOf(person.createdAt) : null;
  }

  async organization(spec: DemoOrganization, tally: Tally): Promise<string> {
    const em = this.em.fork();
    const existing = await em.findOne(Organization, { name: spec.name });
    if (existing) return existing.id;
    const now = new Date();
    const organization = em.create(Organization, {
      id: randomUUID(),
      name: spec.name,
      kind: spec.kind,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    tally.organizations++;
    return organization.id;
  }

  async person(spec: DemoPerson, organizationId: string | null, tally: Tally): Promise<string> {
    const em = this.em.fork();
    const email = spec.email.toLowerCase();
    const existing = await em.findOne(Person, { email });
    if (existing) return existing.id;
    const now = new Date();
    const person = em.create(Person, {
      id: randomUUID(),
      name: displayName(spec),
      givenName: spec.givenName,
      familyName: spec.familyName,
      email,
      phone: null,
      organizationId,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    tally.people++;
    return person.id;
  }

  /** An account for a person; `password` only matters when the account is new. */
  async account(
    personId: string,
    email: string,
    role: StoredRole,
    password: () => string,
    tally: Tally,
  ): Promise<{ user: User; password: string | null }> {
    const em = this.em.fork();
    const normalized = email.trim().toLowerCase();
    const existing = await em.findOne(User, { email: normalized });
    if (existing) return { user: existing, password: null };
    const secret = password();
    const now = new Date();
    const user = em.create(User, {
      id: randomUUID(),
      email: normalized,
      passwordHash: await hashPassword(secret),
      personId,
      roles: [role],
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    tally.accounts++;
    return { user, password: secret };
  }

  /** PUT /api/steering-group/coordination: who holds the coordination office's seat from `since` (R14). */
  async coordinationSeat(personId: string, since: string, recordedBy: string, tally: Tally): Promise<void> {
    const em = this.em.fork();
    if (await em.count(CoordinationAssignment, { personId })) return;
    em.create(CoordinationAssignment, {
      id: randomUUID(),
      personId,
      since,
      recordedBy,
      createdAt: new Date(),
    });
    await em.flush();
    tally.coordinationSeat++;
  }

  /** R9: the default rules of procedure, decided at a steering meeting, unless rules are recorded already. */
  async rulesOfProcedure(recordedBy: string, meetingId: string, tally: Tally): Promise<void> {
    const em = this.em.fork();
    if (await em.count(SettingsRevision, {})) return;
    await recordRules(em, DEFAULT_RULES, recordedBy, meetingId, new Date());
    tally.rulesOfProcedure++;
  }

  /** R8: a plenary member, as an individual or as the one representative of an organization. */
  async plenaryMember(
    personId: string,
    from: string,
    onBehalfOfId: string | null,
    tally: Tally,
  ): Promise<void> {
    const em = this.em.fork();
    const existing = onBehalfOfId
      ? await em.count(Membership, { body: 'plenary', onBehalfOfId })
      : await em.count(Membership, { body: 'plenary', personId, onBehalfOfId: null });
    if (existing) return;
    this.createMembership(em, {
      personId,
      body: 'plenary',
      workingGroupId: null,
      role: 'member',
      from,
      to: null,
      topic: null,
      onBehalfOfId,
    });
    await em.flush();
    tally.memberships++;
  }

  /** R2: a temporary member of a working group, for a topic and until a date. */
  async temporaryMember(
    personId: string,
    workingGroupId: string,
    spec: { from: string; to: string; topic: string },
    tally: Tally,
  ): Promise<void> {
    const em = this.em.fork();
    if (await em.count(Membership, { personId, workingGroupId, role: 'temporary' })) return;
    this.createMembership(em, {
      personId,
      body: 'working-group',
      workingGroupId,
      role: 'temporary',
      ...spec,
      onBehalfOfId: null,
    });
    await em.flush();
    tally.memberships++;
  }

  private createMembership(
    em: EntityManager,
    fields: Omit<Membership, 'id' | 'createdAt' | 'updatedAt'>,
  ): void {
    const now = new Date();
    em.create(Membership, { id: randomUUID(), ...fields, createdAt: now, updatedAt: now });
  }
}
