import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { MEETING_BODIES, MEETING_KINDS, Meeting, MeetingsService, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
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
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
  ) {}

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
  create(@Body() body: MeetingDto, @CurrentUser() user: User) {
    return this.meetings.create(body, { userId: user.id });
  }

  @Put(':id')
  @Roles('coordination')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: MeetingDto, @CurrentUser() user: User) {
    return this.meetings.update(id, body, { userId: user.id });
  }
}
