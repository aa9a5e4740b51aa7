import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { MEMBERSHIP_ROLES, Membership, Organization, Person, WorkingGroup } from '@gremium/council';
import { Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { conflictWith, invalidField } from '../common/field-error';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { MembershipDto } from './membership.dto';

const LIST: ListSpec = {
  resource: 'memberships',
  sortable: ['from', 'to', 'role', 'createdAt', 'id'],
  defaultSort: ['from', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    personId: rules.uuid('personId'),
    workingGroupId: rules.uuid('workingGroupId'),
    onBehalfOfId: rules.uuid('onBehalfOfId'),
    body: rules.oneOf('body', ['working-group', 'plenary']),
    role: rules.oneOf('role', MEMBERSHIP_ROLES),
  },
};

/** Overlap of [from, to] periods; an open end runs forever. */
const overlaps = (from: string, to: string | null) => ({
  $and: [{ $or: [{ to: null }, { to: { $gte: from } }] }, ...(to ? [{ from: { $lte: to } }] : [])],
});

@ApiTags('memberships')
@Controller('memberships')
export class MembershipsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), Membership, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), Membership, id, 'membership');
  }

  @Post()
  @Roles('coordination')
  async create(@Body() body: MembershipDto) {
    const em = this.em.fork();
    const fields = await this.validate(em, body, null);
    const now = new Date();
    const membership = em.create(Membership, { id: randomUUID(), ...fields, createdAt: now, updatedAt: now });
    await em.flush();
    return membership;
  }

  @Put(':id')
  @Roles('coordination')
  async update(@Param('id', UuidParamPipe) id: string, @Body() body: MembershipDto) {
    const em = this.em.fork();
    const membership = await findOr404(em, Membership, id, 'membership');
    em.assign(membership, { ...(await this.validate(em, body, id)), updatedAt: new Date() });
    await em.flush();
    return membership;
  }

  @Delete(':id')
  @Roles('coordination')
  @HttpCode(200)
  async remove(@Param('id', UuidParamPipe) id: string) {
    const em = this.em.fork();
    const membership = await findOr404(em, Membership, id, 'membership');
    if (membership.role === 'moderator') {
      throw conflictWith('the moderator’s membership ends through a new moderator election, not by deletion');
    }
    await em.remove(membership).flush();
    return membership;
  }

  private async validate(em: EntityManager, body: MembershipDto, id: string | null) {
    const plenary = body.body === 'plenary';
    if (body.to && body.to < body.from) throw invalidField('to', 'must not lie before from');
    if (!(await em.count(Person, { id: body.personId })))
      throw invalidField('personId', 'is not an existing person');
    if (plenary) {
      if (body.workingGroupId) throw invalidField('workingGroupId', 'must be empty for a plenary membership');
      if (body.role !== 'member') throw invalidField('role', 'must be member in the plenary');
    } else {
      const group = await em.findOne(WorkingGroup, body.workingGroupId!);
      if (!group) throw invalidField('workingGroupId', 'is not an existing working group');
      if (group.status !== 'active') throw conflictWith(`working group ${group.name} is dissolved`);
      if (body.onBehalfOfId) throw invalidField('onBehalfOfId', 'applies to plenary memberships only');
      if (body.role === 'moderator') {
        throw invalidField('role', 'is set by the moderator election (P5), not directly');
      }
      if (body.role === 'temporary' && !body.topic && !body.to) {
        throw invalidField('topic', 'or an end date is required for a temporary member (R2)');
      }
    }
    if (body.onBehalfOfId) {
      if (!(await em.count(Organization, { id: body.onBehalfOfId }))) {
        throw invalidField('onBehalfOfId', 'is not an existing organization');
      }
      // R8: one representative per association or institution.
      const other = await em.findOne(Membership, {
        body: 'plenary',
        onBehalfOfId: body.onBehalfOfId,
        ...(id ? { id: { $ne: id } } : {}),
        ...overlaps(body.from, body.to ?? null),
      });
      if (other) {
        throw conflictWith('this organization already has a representative in the plenary for that period', {
          field: 'onBehalfOfId',
          membershipId: other.id,
        });
      }
    }
    return {
      personId: body.personId,
      body: plenary ? ('plenary' as const) : ('working-group' as const),
      workingGroupId: plenary ? null : body.workingGroupId!,
      role: body.role,
      from: body.from,
      to: body.to ?? null,
      topic: body.topic?.trim() || null,
      onBehalfOfId: body.onBehalfOfId ?? null,
    };
  }
}
