import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { snapshot } from '../records/record-chain';
import { RecordWriter, type Editor } from '../records/record-writer';
import { Organization, type OrganizationKind } from './organization.entity';

export interface OrganizationInput {
  name: string;
  kind: OrganizationKind;
}

@Injectable()
export class OrganizationsService {
  constructor(private readonly records: RecordWriter) {}

  async create(input: OrganizationInput, by: Editor): Promise<Organization> {
    const { em, now } = await this.records.begin();
    const organization = em.create(Organization, {
      id: randomUUID(),
      name: input.name.trim(),
      kind: input.kind,
      createdAt: now,
      updatedAt: now,
    });
    await this.records.commit(em, {
      kind: 'organization',
      record: organization,
      action: 'created',
      before: null,
      by,
      at: now,
    });
    return organization;
  }

  async update(id: string, input: OrganizationInput, by: Editor): Promise<Organization> {
    const { em, now } = await this.records.begin();
    const organization = await this.records.findOr404(em, Organization, id, 'organization');
    const before = snapshot(organization);
    em.assign(organization, { name: input.name.trim(), kind: input.kind, updatedAt: now });
    await this.records.commit(em, {
      kind: 'organization',
      record: organization,
      action: 'updated',
      before,
      by,
      at: now,
    });
    return organization;
  }
}
