import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, invalidField } from '@gremium/workflow';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { snapshot } from '../records/record-chain';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { Membership, type MembershipRole } from './membership.entity';

export interface MembershipInput {
  personId: string;
  workingGroupId?: string;
  body?: 'plenary';
  role: MembershipRole;
  from: string;
  to?: string;
  topic?: string;
  onBehalfOfId?: string;
}

/** Overlap of [from, to] periods; an open end runs forever. */
const overlaps = (from: string, to: string | null) => ({
  $and: [{ $or: [{ to: null }, { to: { $gte: from } }] }, ...(to ? [{ from: { $lte: to } }] : [])],
});

/** Memberships of working groups (R2, R3) and of the plenary (R8). */
@Injectable()
export class MembershipsService {
  constructor(private readonly records: RecordWriter) {}

  async create(input: MembershipInput, by: Editor): Promise<Membership> {
    const { em, now } = await this.records.begin();
    const fields = await this.checked(em, input, null);
    const membership = em.create(Membership, { id: randomUUID(), ...fields, createdAt: now, updatedAt: now });
    await this.records.commit(em, {
      kind: 'membership',
      record: membership,
      action: 'created',
      before: null,
      by,
      at: now,
    });
    return membership;
  }

  async update(id: string, input: MembershipInput, by: Editor): Promise<Membership> {
    const { em, now } = await this.records.begin();
    const membership = await this.records.findOr404(em, Membership, id, 'membership');
    const before = snapshot(membership);
    em.assign(membership, { ...(await this.checked(em, input, id)), updatedAt: now });
    await this.records.commit(em, {
      kind: 'membership',
      record: membership,
      action: 'updated',
      before,
      by,
      at: now,
    });
    return membership;
  }

  async remove(id: string, by: Editor): Promise<Membership> {
    const { em, now } = await this.records.begin();
    const membership = await this.records.findOr404(em, Membership, id, 'membership');
    const before = snapshot(membership);
    if (membership.role === 'moderator') {
      refuse(conflict('the moderator’s membership ends through a new moderator election, not by deletion'));
    }
    em.remove(membership);
    await this.records.commit(em, {
      kind: 'membership',
      record: membership,
      action: 'deleted',
      before,
      by,
      at: now,
    });
    return membership;
  }

  private async checked(em: EntityManager, input: MembershipInput, id: string | null) {
    const plenary = input.body === 'plenary';
    if (input.to && input.to < input.from) refuse(invalidField('to', 'must not lie before from'));
    if (!(await em.count(Person, { id: input.personId }))) {
      refuse(invalidField('personId', 'is not an existing person'));
    }
    if (plenary) {
      if (input.workingGroupId)
        refuse(invalidField('workingGroupId', 'must be empty for a plenary membership'));
      if (input.role !== 'member') refuse(invalidField('role', 'must be member in the plenary'));
    } else {
      await this.checkGroupMembership(em, input);
    }
    if (input.onBehalfOfId) await this.checkRepresentation(em, input, input.onBehalfOfId, id);
    return {
      personId: input.personId,
      body: plenary ? ('plenary' as const) : ('working-group' as const),
      workingGroupId: plenary ? null : (input.workingGroupId ?? null),
      role: input.role,
      from: input.from,
      to: input.to ?? null,
      topic: input.topic?.trim() || null,
      onBehalfOfId: input.onBehalfOfId ?? null,
    };
  }

  private async checkGroupMembership(em: EntityManager, input: MembershipInput) {
    const group = input.workingGroupId ? await em.findOne(WorkingGroup, input.workingGroupId) : null;
    if (!group) refuse(invalidField('workingGroupId', 'is not an existing working group'));
    if (group.status !== 'active') refuse(conflict(`working group ${group.name} is dissolved`));
    if (input.onBehalfOfId) refuse(invalidField('onBehalfOfId', 'applies to plenary memberships only'));
    // R3/P5: the moderator is elected, never set directly.
    if (input.role === 'moderator')
      refuse(invalidField('role', 'is set by the moderator election (P5), not directly'));
    if (input.role === 'temporary' && !input.topic && !input.to) {
      refuse(invalidField('topic', 'or an end date is required for a temporary member (R2)'));
    }
  }

  /** R8: one representative per association or institution. */
  private async checkRepresentation(
    em: EntityManager,
    input: MembershipInput,
    organizationId: string,
    id: string | null,
  ) {
    if (!(await em.count(Organization, { id: organizationId }))) {
      refuse(invalidField('onBehalfOfId', 'is not an existing organization'));
    }
    const other = await em.findOne(Membership, {
      body: 'plenary',
      onBehalfOfId: organizationId,
      ...(id ? { id: { $ne: id } } : {}),
      ...overlaps(input.from, input.to ?? null),
    });
    if (other) {
      refuse(
        conflict('this organization already has a representative in the plenary for that period', {
          field: 'onBehalfOfId',
          membershipId: other.id,
        }),
      );
    }
  }
}
