import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AgendaService,
  attachedTo,
  type AttachedFile,
  agendaItemChange,
  agendaPdf,
  cadenceOf,
  minutesPdf,
  agendaItemInput,
  icalUidOf,
  invitationCalendar,
  invitationStatus,
  MEETING_BODIES,
  MEETING_KINDS,
  MEETING_STATES,
  Meeting,
  meetingInput,
  minutesInput,
  MinutesService,
  type User,
  actorOfUser,
  councilCoded,
} from '@gremium/council';
import { CommandIntake, invalidField, ProcessQueries, RefusalError } from '@gremium/workflow';
import { CurrentUser } from '../auth/auth.decorators';
import { answerCommand, ApiPreferMinimal } from '../common/command-answer';
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
    // Meetings held on or before a calendar date: the picker for a decision offers only those.
    until: (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: { $lte: value } } : undefined,
    // Meetings on or after a calendar date (with `until`: a month of the calendar).
    from: (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: { $gte: value } } : undefined,
  },
  search: ['title', 'location'],
};

function sendPdf(response: Response, filename: string, pdf: Buffer): void {
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Disposition', `inline; filename="${filename}"`);
  response.send(pdf);
}

/** The documents attached to a meeting (invitation documents, minutes): their ids, for GET /api/files/:id. */
const fileIdsOf = (files: Map<string, AttachedFile[]>, meetingId: string) =>
  (files.get(meetingId) ?? []).map((file) => file.id);
const present = (meeting: Meeting) => ({ ...meeting, icalUid: icalUidOf(meeting.id) });
const actorOf = (user: User) => ({
  type: 'user' as const,
  userId: user.id,
  personId: user.personId,
  roles: user.roles,
});

/** Meetings (P8): creating one starts its process; state changes only through its commands. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly em: EntityManager,
    private readonly intake: CommandIntake,
    private readonly processes: ProcessQueries,
    private readonly agendas: AgendaService,
    private readonly minutes: MinutesService,
  ) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const meetings = await listEntities(this.em.fork(), Meeting, LIST, raw, response);
    const files = await attachedTo(
      this.em.fork(),
      'meeting',
      meetings.map((meeting) => meeting.id),
    );
    return meetings.map((meeting) => ({ ...present(meeting), fileIds: fileIdsOf(files, meeting.id) }));
  }

  /** R4, R5, R8: the year's regular meetings per body against what is required, and the warnings. */
  @Get('cadence')
  cadence(@Query('year') raw: unknown) {
    const year = Number(raw);
    if (typeof raw !== 'string' || !/^\d{4}$/.test(raw) || year < 2000) {
      throw new RefusalError(invalidField('year', councilCoded('cadence.year')));
    }
    return cadenceOf(this.em.fork(), year);
  }

  @Get(':id')
  async get(@Param('id', UuidParamPipe) id: string) {
    const meeting = await findOr404(this.em.fork(), Meeting, id, 'meeting');
    return {
      ...present(meeting),
      fileIds: fileIdsOf(await attachedTo(this.em.fork(), 'meeting', [id]), id),
      agenda: await this.agendas.agenda(id),
      invitations: await invitationStatus(this.em.fork(), id),
      minutes: await this.minutes.minutes(id),
    };
  }

  /** The minutes while the meeting is held: attendance and per agenda item a result and the decision. */
  @Put(':id/minutes')
  @ApiBody({ schema: z.toJSONSchema(minutesInput, { io: 'input' }) as object })
  recordMinutes(@Param('id', UuidParamPipe) id: string, @Body() raw: unknown, @CurrentUser() user: User) {
    return this.minutes.record(id, actorOf(user), parseBody(minutesInput, raw));
  }

  @Get(':id/agenda.pdf')
  async agendaPdf(@Param('id', UuidParamPipe) id: string, @Res() response: Response) {
    const em = this.em.fork();
    const meeting = await findOr404(em, Meeting, id, 'meeting');
    sendPdf(response, `tagesordnung-${meeting.date}.pdf`, await agendaPdf(em, meeting));
  }

  @Get(':id/minutes.pdf')
  async minutesPdf(@Param('id', UuidParamPipe) id: string, @Res() response: Response) {
    const em = this.em.fork();
    const meeting = await findOr404(em, Meeting, id, 'meeting');
    sendPdf(response, `protokoll-${meeting.date}.pdf`, await minutesPdf(em, meeting));
  }

  /** The meeting as an iCalendar object (RFC 5545), as its invitees received it last. */
  @Get(':id/invitation.ics')
  async invitation(@Param('id', UuidParamPipe) id: string, @Res({ passthrough: true }) response: Response) {
    const em = this.em.fork();
    const meeting = await findOr404(em, Meeting, id, 'meeting');
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="sitzung-${meeting.date}.ics"`);
    return invitationCalendar(em, meeting);
  }

  @Post()
  @ApiPreferMinimal()
  @ApiBody({ schema: z.toJSONSchema(meetingInput, { io: 'input' }) as object })
  async create(
    @Body() raw: unknown,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = await this.intake.start({
      definitionKey: 'meeting',
      input: parseBody(meetingInput, raw),
      actor: { type: 'user', userId: user.id },
      resolvedActor: actorOfUser(user),
    });
    return answerCommand(
      command,
      response,
      async ({ processId }) => this.get(String((await this.processes.get(processId)).context.meetingId)),
      201,
    );
  }

  /** Adds an item (the organiser) or proposes a topic (a member of the working group, R3). */
  @Post(':id/agenda-items')
  @ApiBody({ schema: z.toJSONSchema(agendaItemInput, { io: 'input' }) as object })
  addItem(@Param('id', UuidParamPipe) id: string, @Body() raw: unknown, @CurrentUser() user: User) {
    return this.agendas.add(id, actorOf(user), parseBody(agendaItemInput, raw));
  }

  /** Reorders (`position`), retitles, or accepts/declines a proposed topic (`status`). */
  @Put(':id/agenda-items/:itemId')
  @ApiBody({ schema: z.toJSONSchema(agendaItemChange, { io: 'input' }) as object })
  changeItem(
    @Param('id', UuidParamPipe) id: string,
    @Param('itemId', UuidParamPipe) itemId: string,
    @Body() raw: unknown,
    @CurrentUser() user: User,
  ) {
    return this.agendas.change(id, itemId, actorOf(user), parseBody(agendaItemChange, raw));
  }

  @Delete(':id/agenda-items/:itemId')
  @HttpCode(204)
  async removeItem(
    @Param('id', UuidParamPipe) id: string,
    @Param('itemId', UuidParamPipe) itemId: string,
    @CurrentUser() user: User,
  ) {
    await this.agendas.remove(id, itemId, actorOf(user));
  }
}
