import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Organization, ORGANIZATION_KINDS, OrganizationsService, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { OrganizationDto } from './organization.dto';

const LIST: ListSpec = {
  resource: 'organizations',
  sortable: ['name', 'kind', 'createdAt', 'id'],
  defaultSort: ['name', 'ASC'],
  filters: { id: rules.uuid('id'), kind: rules.oneOf('kind', ORGANIZATION_KINDS) },
  search: ['name'],
};

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly em: EntityManager,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), Organization, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), Organization, id, 'organization');
  }

  @Post()
  @Roles('coordination')
  create(@Body() body: OrganizationDto, @CurrentUser() user: User) {
    return this.organizations.create(body, { userId: user.id });
  }

  @Put(':id')
  @Roles('coordination')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: OrganizationDto, @CurrentUser() user: User) {
    return this.organizations.update(id, body, { userId: user.id });
  }
}
