import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { ORGANIZATION_KINDS, Organization, PeopleService, Person, type User } from '@gremium/council';
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

/** Turns `organizationKind` into the ids of that kind's organizations; anything else is left to the list's checks. */
async function byOrganizationKind(em: EntityManager, raw: RawListQuery): Promise<RawListQuery> {
  if (typeof raw.filter !== 'string' || !raw.filter.includes('organizationKind')) return raw;
  let filter: unknown;
  try {
    filter = JSON.parse(raw.filter);
  } catch {
    return raw;
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return raw;
  const { organizationKind: kind, ...rest } = filter as Record<string, unknown>;
  if (typeof kind !== 'string' || !(ORGANIZATION_KINDS as readonly string[]).includes(kind)) return raw;
  const organizations = await em.find(
    Organization,
    { kind: kind as Organization['kind'] },
    { fields: ['id'] },
  );
  return { ...raw, filter: JSON.stringify({ ...rest, organizationId: organizations.map((o) => o.id) }) };
}

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
  ) {}

  /** `filter={"organizationKind":"police"}`: the people of organizations of that kind (an appointed seat's candidates). */
  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const em = this.em.fork();
    return listEntities(em, Person, LIST, await byOrganizationKind(em, raw), response);
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
