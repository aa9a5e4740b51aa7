import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { RECORD_KINDS, RecordChange, verifyRecordChain } from '@gremium/council';
import { parseListQuery, rules, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';

const LIST: ListSpec = {
  resource: 'record-changes',
  sortable: ['at', 'seq', 'id'],
  defaultSort: ['at', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    subjectId: rules.uuid('subjectId'),
    subjectType: rules.oneOf('subjectType', RECORD_KINDS),
    actorId: rules.uuid('actorId'),
  },
};

/** Who changed which fields of a record when (people, organizations, memberships, meetings, users, settings). */
@ApiTags('audit-events')
@Controller('record-changes')
export class RecordChangesController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const query = parseListQuery(raw, LIST);
    const [items, total] = await this.em.fork().findAndCount(RecordChange, query.where, {
      orderBy: query.orderBy,
      offset: query.offset,
      limit: query.limit,
    });
    return sendRange(response, LIST.resource, items, query.offset, total);
  }

  /** Recomputes the record's hash chain. */
  @Get('verify')
  @ApiQuery({ name: 'subjectId', required: true })
  verify(@Query('subjectId', UuidParamPipe) subjectId: string) {
    return verifyRecordChain(this.em.fork(), subjectId);
  }
}
