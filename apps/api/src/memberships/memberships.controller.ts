import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { MEMBERSHIP_ROLES, Membership, MembershipsService, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
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

@ApiTags('memberships')
@Controller('memberships')
export class MembershipsController {
  constructor(
    private readonly em: EntityManager,
    private readonly memberships: MembershipsService,
  ) {}

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
  create(@Body() body: MembershipDto, @CurrentUser() user: User) {
    return this.memberships.create(body, { userId: user.id });
  }

  @Put(':id')
  @Roles('coordination')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: MembershipDto, @CurrentUser() user: User) {
    return this.memberships.update(id, body, { userId: user.id });
  }

  @Delete(':id')
  @Roles('coordination')
  @HttpCode(200)
  remove(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: User) {
    return this.memberships.remove(id, { userId: user.id });
  }
}
