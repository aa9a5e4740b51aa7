import { randomUUID } from 'node:crypto';
import { BadRequestException, Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Organization, Person } from '@gremium/council';
import { Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { errorBody } from '../common/error-body';
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
  constructor(private readonly em: EntityManager) {}

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
  async create(@Body() body: PersonDto) {
    const em = this.em.fork();
    await this.checkOrganization(em, body.organizationId);
    const now = new Date();
    const person = em.create(Person, {
      id: randomUUID(),
      ...this.fields(body),
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    return person;
  }

  @Put(':id')
  @Roles('coordination')
  async update(@Param('id', UuidParamPipe) id: string, @Body() body: PersonDto) {
    const em = this.em.fork();
    const person = await findOr404(em, Person, id, 'person');
    await this.checkOrganization(em, body.organizationId);
    em.assign(person, { ...this.fields(body), updatedAt: new Date() });
    await em.flush();
    return person;
  }

  private fields(body: PersonDto) {
    const name = body.name?.trim() || `${body.givenName ?? ''} ${body.familyName ?? ''}`.trim();
    return {
      name,
      givenName: body.givenName ?? null,
      familyName: body.familyName ?? null,
      email: body.email?.toLowerCase() ?? null,
      phone: body.phone ?? null,
      organizationId: body.organizationId ?? null,
    };
  }

  private async checkOrganization(em: EntityManager, organizationId: string | undefined) {
    if (organizationId && !(await em.count(Organization, { id: organizationId }))) {
      const message = `organization ${organizationId} does not exist`;
      throw new BadRequestException(errorBody(400, message, [{ field: 'organizationId', message }]));
    }
  }
}
