import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { WorkQueries, type WorkItem } from '@gremium/workflow';
import type { User } from '@gremium/council';
import { CurrentUser } from '../auth/auth.decorators';
import { sendRange } from '../common/list-query';

function presentWorkItem({ instance, commands, openedAt, dueAt, note }: WorkItem) {
  return {
    id: instance.id,
    processId: instance.id,
    definition: instance.definitionKey,
    state: instance.state,
    context: instance.context,
    subjectType: instance.subjectType,
    subjectId: instance.subjectId,
    commands: commands.map(({ type, label, labels, final }) => ({ type, label, labels, final })),
    openedAt,
    dueAt,
    note,
  };
}

/** "Meine Aufgaben": what the signed-in person can act on now, the earliest deadline first. */
@ApiTags('tasks')
@Controller('my-tasks')
export class MyTasksController {
  constructor(private readonly work: WorkQueries) {}

  @Get()
  async list(@CurrentUser() user: User, @Res({ passthrough: true }) response: Response) {
    const items = (await this.work.mine({ type: 'user', userId: user.id })).map(presentWorkItem);
    return sendRange(response, 'my-tasks', items, 0, items.length);
  }
}
