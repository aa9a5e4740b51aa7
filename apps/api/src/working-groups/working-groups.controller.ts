import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { WorkingGroup } from '@gremium/council';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';

const LIST: ListSpec = {
  resource: 'working-groups',
  sortable: ['name', 'foundedAt', 'status', 'id'],
  defaultSort: ['name', 'ASC'],
  filters: { id: rules.uuid('id'), status: rules.oneOf('status', ['active', 'dissolved']) },
  search: ['name', 'topic'],
};

/** Read-only: groups are founded and dissolved by processes (P1, P2), never by PUT. */
@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), WorkingGroup, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), WorkingGroup, id, 'working group');
  }
}
