import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProcessQueries } from '@gremium/workflow';
import {
  icalUidOf,
  MEETING_BODIES,
  MEETING_KINDS,
  MEETING_STATES,
  Meeting,
  meetingInput,
  type User,
} from '@gremium/council';
import { CurrentUser } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { parseBody } from '../common/zod-body';

const LIST: ListSpec = {
  resource: 'meetings',
  sortable: ['start', 'date', 'body', 'title', 'state', 'id'],
  defaultSort: ['start', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    body: rules.oneOf('body', MEETING_BODIES),
    kind: rules.oneOf('kind', MEETING_KINDS),
    state: rules.oneOf('state', MEETING_STATES),
    workingGroupId: rules.uuid('workingGroupId'),
  },
  search: ['title', 'location'],
};

const present = (meeting: Meeting) => ({ ...meeting, icalUid: icalUidOf(meeting.id) });

/** Meetings (P8): creating one starts its process; state changes only through its commands. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly em: EntityManager,
    private readonly processes: ProcessQueries,
  ) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return (await listEntities(this.em.fork(), Meeting, LIST, raw, response)).map(present);
  }

  @Get(':id')
  async get(@Param('id', UuidParamPipe) id: string) {
    return present(await findOr404(this.em.fork(), Meeting, id, 'meeting'));
  }

  @Post()
  @ApiBody({ schema: z.toJSONSchema(meetingInput, { io: 'input' }) as object })
  async create(@Body() raw: unknown, @CurrentUser() user: User) {
    const input = parseBody(meetingInput, raw);
    const instance = await this.processes.start({
      definitionKey: 'meeting',
      input,
      actor: { type: 'user', userId: user.id },
    });
    return this.get(String(instance.context.meetingId));
  }
}
