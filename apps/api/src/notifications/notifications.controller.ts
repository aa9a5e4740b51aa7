import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from '@gremium/workflow';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { MarkNotificationDto } from './notification.dto';

const LIST: ListSpec = {
  resource: 'notifications',
  sortable: ['createdAt', 'kind', 'readAt', 'id'],
  defaultSort: ['createdAt', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    kind: rules.text('kind'),
    subjectId: rules.uuid('subjectId'),
    processId: rules.uuid('processId'),
    read: rules.boolean((read) => ({ readAt: read ? { $ne: null } : null })),
  },
  search: ['message'],
};

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), Notification, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), Notification, id, 'notification');
  }

  @Put(':id')
  async mark(@Param('id', UuidParamPipe) id: string, @Body() body: MarkNotificationDto) {
    const em = this.em.fork();
    const notification = await findOr404(em, Notification, id, 'notification');
    notification.readAt = body.read ? (notification.readAt ?? new Date()) : null;
    await em.flush();
    return notification;
  }
}
