import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { PeopleService, Person, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { PersonDto } from './person.dto';

const LIST: ListSpec = {
  resource: 'people',
  sortable: ['name', 'familyName', 'createdAt', 'id'],
  defaultSort: ['name', 'ASC'],
  filters: { id: rules.uuid('id'), organizationId: rules.uuid('organizationId') },
  search: ['name', 'email'],
};

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
  ) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), Person, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), Person, id, 'person');
  }

  @Post()
  @Roles('coordination')
  create(@Body() body: PersonDto, @CurrentUser() user: User) {
    return this.people.create(body, { userId: user.id });
  }

  @Put(':id')
  @Roles('coordination')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: PersonDto, @CurrentUser() user: User) {
    return this.people.update(id, body, { userId: user.id });
  }
}
