import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflictOn, invalidField } from '@gremium/workflow';
import { Organization } from '../organizations/organization.entity';
import { snapshot } from '../records/record-chain';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { Person } from './person.entity';
import { councilCoded } from '../errors/council-errors';
import { berlinDateOf } from '../terms/calendar-date';

export interface PersonInput {
  name?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
  organizationId?: string;
  /** Published in the open council data; needs the day of the person's consent. Kept when omitted. */
  publicProfile?: boolean;
  publicProfileConsentOn?: string | null;
}

/** People of the council: members, moderators, seat holders, the coordination office. */
@Injectable()
export class PeopleService {
  constructor(private readonly records: RecordWriter) {}

  async create(input: PersonInput, by: Editor): Promise<Person> {
    const { em, now } = await this.records.begin();
    await this.checkOrganization(em, input.organizationId);
    const person = em.create(Person, {
      id: randomUUID(),
      ...fields(input),
      ...publication(null, input, now),
      createdAt: now,
      updatedAt: now,
    });
    await this.records.commit(em, {
      kind: 'person',
      record: person,
      action: 'created',
      before: null,
      by,
      at: now,
    });
    return person;
  }

  async update(id: string, input: PersonInput, by: Editor): Promise<Person> {
    const { em, now } = await this.records.begin();
    const person = await this.records.findOr404(em, Person, id, 'person');
    await this.checkOrganization(em, input.organizationId);
    const before = snapshot(person);
    em.assign(person, { ...fields(input), ...publication(person, input, now), updatedAt: now });
    await this.records.commit(em, { kind: 'person', record: person, action: 'updated', before, by, at: now });
    return person;
  }

  private async checkOrganization(em: EntityManager, organizationId: string | undefined) {
    if (organizationId && !(await em.count(Organization, { id: organizationId }))) {
      refuse(invalidField('organizationId', councilCoded('organization.unknown')));
    }
  }
}

/**
 * The public profile is a decision recorded with the day of consent; withdrawing it clears the consent.
 * `publicProfileChangedAt` marks every publication and withdrawal (OParl lists a withdrawn profile as deleted).
 */
function publication(person: Person | null, input: PersonInput, now: Date) {
  const current = {
    publicProfile: person?.publicProfile ?? false,
    publicProfileConsentOn: person?.publicProfileConsentOn ?? null,
    publicProfileChangedAt: person?.publicProfileChangedAt ?? null,
  };
  if (input.publicProfile === undefined && input.publicProfileConsentOn === undefined) return current;
  const wanted = input.publicProfile ?? current.publicProfile;
  if (!wanted) {
    return {
      publicProfile: false,
      publicProfileConsentOn: null,
      publicProfileChangedAt: current.publicProfile ? now : current.publicProfileChangedAt,
    };
  }
  if (person?.erasedAt) refuse(conflictOn('publicProfile', councilCoded('person.erased_not_public')));
  const consentOn =
    input.publicProfileConsentOn === undefined
      ? current.publicProfileConsentOn
      : input.publicProfileConsentOn;
  if (!consentOn) refuse(invalidField('publicProfileConsentOn', councilCoded('person.consent_required')));
  if (consentOn > berlinDateOf(now)) {
    refuse(invalidField('publicProfileConsentOn', councilCoded('person.consent_in_future')));
  }
  return {
    publicProfile: true,
    publicProfileConsentOn: consentOn,
    publicProfileChangedAt: current.publicProfile ? current.publicProfileChangedAt : now,
  };
}

function fields(input: PersonInput) {
  const name = input.name?.trim() || `${input.givenName ?? ''} ${input.familyName ?? ''}`.trim();
  return {
    name,
    givenName: input.givenName ?? null,
    familyName: input.familyName ?? null,
    email: input.email?.toLowerCase() ?? null,
    phone: input.phone ?? null,
    organizationId: input.organizationId ?? null,
  };
}
