import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { MEETING_BODIES, MEETING_KINDS, Meeting, WorkingGroup } from '@gremium/council';
import { Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { invalidField } from '../common/field-error';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { MeetingDto } from './meeting.dto';

const LIST: ListSpec = {
  resource: 'meetings',
  sortable: ['date', 'body', 'title', 'id'],
  defaultSort: ['date', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    body: rules.oneOf('body', MEETING_BODIES),
    kind: rules.oneOf('kind', MEETING_KINDS),
    workingGroupId: rules.uuid('workingGroupId'),
    // Meetings held on or before a calendar date: the picker for a decision offers only those.
    until: (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: { $lte: value } } : undefined,
  },
  search: ['title'],
};

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), Meeting, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), Meeting, id, 'meeting');
  }

  @Post()
  @Roles('coordination')
  async create(@Body() body: MeetingDto) {
    const em = this.em.fork();
    const now = new Date();
    const meeting = em.create(Meeting, {
      id: randomUUID(),
      ...(await this.fields(em, body)),
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    return meeting;
  }

  @Put(':id')
  @Roles('coordination')
  async update(@Param('id', UuidParamPipe) id: string, @Body() body: MeetingDto) {
    const em = this.em.fork();
    const meeting = await findOr404(em, Meeting, id, 'meeting');
    em.assign(meeting, { ...(await this.fields(em, body)), updatedAt: new Date() });
    await em.flush();
    return meeting;
  }

  private async fields(em: EntityManager, body: MeetingDto) {
    if (body.body !== 'working-group' && body.workingGroupId) {
      throw invalidField('workingGroupId', 'belongs to working-group meetings only');
    }
    if (body.workingGroupId && !(await em.count(WorkingGroup, { id: body.workingGroupId }))) {
      throw invalidField('workingGroupId', 'is not an existing working group');
    }
    return {
      body: body.body,
      workingGroupId: body.workingGroupId ?? null,
      date: body.date,
      kind: body.kind,
      title: body.title.trim(),
    };
  }
}
