import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandIntake, ProcessInstance, ProcessQueries } from '@gremium/workflow';
import { actorOfUser, type User } from '@gremium/council';
import { CurrentUser } from '../auth/auth.decorators';
import { answerCommand, ApiPreferMinimal } from '../common/command-answer';
import { keysetList, sendNextCursor } from '../common/keyset-list';
import { parseListQuery, rules, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { MigrateProcessDto, SendCommandDto, StartProcessDto } from './process.dto';
import { presentAuditEvent, presentCommand, presentProcess } from './process.presenter';

const LIST: ListSpec = {
  resource: 'processes',
  sortable: ['createdAt', 'updatedAt', 'definitionKey', 'status', 'id'],
  defaultSort: ['updatedAt', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    definition: rules.text('definitionKey'),
    status: rules.oneOf('status', ['active', 'done']),
    subjectId: rules.uuid('subjectId'),
    subjectType: rules.text('subjectType'),
    parentId: rules.uuid('parentId'),
  },
  search: ['definitionKey'],
};

const actorOf = (user: User) => ({ type: 'user' as const, userId: user.id });

@ApiTags('processes')
@Controller()
export class ProcessesController {
  constructor(
    private readonly em: EntityManager,
    private readonly processes: ProcessQueries,
    private readonly intake: CommandIntake,
  ) {}

  @Get('processes')
  async list(
    @Query() raw: RawListQuery,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const query = parseListQuery(raw, LIST);
    const { items, total, next } = await keysetList(this.em.fork(), ProcessInstance, query, raw.after, {
      table: 'process_instance',
      fields: ['createdAt', 'updatedAt'],
    });
    const views = await this.processes.manyWithCommands(items, actorOf(user), actorOfUser(user));
    const page = sendRange(response, LIST.resource, views.map(presentProcess), query.offset, total);
    sendNextCursor(response, next);
    return page;
  }

  @Post('processes')
  @ApiPreferMinimal()
  async start(
    @Body() body: StartProcessDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = await this.intake.start({
      definitionKey: body.definition,
      input: body.input,
      actor: actorOf(user),
      resolvedActor: actorOfUser(user),
      idempotencyKey: body.idempotencyKey ?? null,
    });
    return answerCommand(command, response, ({ processId }) => this.present(processId, user), 201);
  }

  @Get('processes/:id')
  async get(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: User) {
    return presentProcess(
      await this.processes.withCommands(await this.processes.get(id), actorOf(user), actorOfUser(user)),
    );
  }

  @Get('processes/:id/history')
  async history(@Param('id', UuidParamPipe) id: string) {
    return (await this.processes.history(id)).map(presentAuditEvent);
  }

  @Get('processes/:id/diagram')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  async diagram(@Param('id', UuidParamPipe) id: string) {
    return this.processes.diagram(await this.processes.get(id));
  }

  @Post('processes/:id/commands')
  @ApiPreferMinimal()
  @HttpCode(200)
  async send(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SendCommandDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = await this.intake.submit({
      processId: id,
      type: body.type,
      payload: body.payload ?? {},
      idempotencyKey: body.idempotencyKey ?? null,
      actor: actorOf(user),
      resolvedActor: actorOfUser(user),
    });
    return answerCommand(command, response, async () => ({
      command: presentCommand(command),
      process: await this.present(id, user),
    }));
  }

  /** Moves the instance to a later version of its definition (the coordination office). */
  @Post('processes/:id/migrate')
  @ApiPreferMinimal()
  @HttpCode(200)
  async migrate(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: MigrateProcessDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = await this.intake.migrate({
      processId: id,
      toVersion: body.toVersion,
      idempotencyKey: body.idempotencyKey ?? null,
      actor: actorOf(user),
      resolvedActor: actorOfUser(user),
    });
    return answerCommand(command, response, async () => ({
      command: presentCommand(command),
      process: await this.present(id, user),
    }));
  }

  @Get('commands/:id')
  async command(@Param('id', UuidParamPipe) id: string) {
    return presentCommand(await this.intake.find(id));
  }

  private async present(processId: string, user: User) {
    return presentProcess(
      await this.processes.withCommands(
        await this.processes.get(processId),
        actorOf(user),
        actorOfUser(user),
      ),
    );
  }
}
