import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidField } from '@gremium/workflow';
import { Organization } from '../organizations/organization.entity';
import { snapshot } from '../records/record-chain';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { Person } from './person.entity';

export interface PersonInput {
  name?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
  organizationId?: string;
}

/** People of the council: members, moderators, seat holders, the coordination office. */
@Injectable()
export class PeopleService {
  constructor(private readonly records: RecordWriter) {}

  async create(input: PersonInput, by: Editor): Promise<Person> {
    const { em, now } = await this.records.begin();
    await this.checkOrganization(em, input.organizationId);
    const person = em.create(Person, { id: randomUUID(), ...fields(input), createdAt: now, updatedAt: now });
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
    em.assign(person, { ...fields(input), updatedAt: now });
    await this.records.commit(em, { kind: 'person', record: person, action: 'updated', before, by, at: now });
    return person;
  }

  private async checkOrganization(em: EntityManager, organizationId: string | undefined) {
    if (organizationId && !(await em.count(Organization, { id: organizationId }))) {
      refuse(invalidField('organizationId', 'is not an existing organization'));
    }
  }
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
