import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Person, RECORD_KINDS, RecordChange, User, verifyRecordChain } from '@gremium/council';
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
    const em = this.em.fork();
    const [items, total] = await em.findAndCount(RecordChange, query.where, {
      orderBy: query.orderBy,
      offset: query.offset,
      limit: query.limit,
    });
    // The record holds the editor's id; their name is looked up now (a deleted account shows as null).
    const actorIds = [...new Set(items.flatMap((item) => (item.actorId ? [item.actorId] : [])))];
    const users = actorIds.length > 0 ? await em.find(User, { id: { $in: actorIds } }) : [];
    const personIds = users.flatMap((user) => (user.personId ? [user.personId] : []));
    const people = personIds.length > 0 ? await em.find(Person, { id: { $in: personIds } }) : [];
    const actorName = (id: string | null) => {
      const user = users.find((candidate) => candidate.id === id);
      return user ? (people.find((person) => person.id === user.personId)?.name ?? user.email) : null;
    };
    const views = items.map((item) => ({ ...item, actorName: actorName(item.actorId) }));
    return sendRange(response, LIST.resource, views, query.offset, total);
  }

  /** Recomputes the record's hash chain. */
  @Get('verify')
  @ApiQuery({ name: 'subjectId', required: true })
  verify(@Query('subjectId', UuidParamPipe) subjectId: string) {
    return verifyRecordChain(this.em.fork(), subjectId);
  }
}
