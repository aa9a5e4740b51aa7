import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Task } from '@gremium/workflow';
import { parseListQuery, rules, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';

const LIST: ListSpec = {
  resource: 'tasks',
  sortable: ['openedAt', 'dueAt', 'closedAt', 'id'],
  defaultSort: ['openedAt', 'ASC'],
  filters: {
    id: rules.uuid('id'),
    processId: rules.uuid('processId'),
    open: rules.boolean((open) => ({ closedAt: open ? null : { $ne: null } })),
    body: (value) =>
      typeof value === 'string' && value.length <= 50 ? { awaiting: { body: value } } : undefined,
    personId: (value) =>
      rules.uuid('personId')(value) && typeof value === 'string'
        ? { awaiting: { personId: value } }
        : undefined,
  },
};

/** The approvals inbox: what waits on which body or person, since when, due when. */
@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const query = parseListQuery(raw, LIST);
    const [items, total] = await this.em.fork().findAndCount(Task, query.where, {
      orderBy: query.orderBy,
      offset: query.offset,
      limit: query.limit,
    });
    return sendRange(response, LIST.resource, items, query.offset, total);
  }
}
