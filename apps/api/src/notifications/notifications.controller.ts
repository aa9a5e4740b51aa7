import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotificationInbox, type User } from '@gremium/council';
import { Notification } from '@gremium/workflow';
import { CurrentUser } from '../auth/auth.decorators';
import { parseListQuery, rules, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { MarkNotificationDto } from './notification.dto';

/** The list's filters; `read` means read by the user asking. */
function listSpec(inbox: NotificationInbox, user: User): ListSpec {
  return {
    resource: 'notifications',
    sortable: ['createdAt', 'kind', 'id'],
    defaultSort: ['createdAt', 'DESC'],
    filters: {
      id: rules.uuid('id'),
      kind: rules.text('kind'),
      subjectId: rules.uuid('subjectId'),
      processId: rules.uuid('processId'),
      read: rules.boolean((read) => inbox.readBy(user, read) as Record<string, unknown>),
    },
    search: ['message'],
  };
}

/** Each user's own notifications and those to their roles, with their own read state. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly em: EntityManager,
    private readonly inbox: NotificationInbox,
  ) {}

  @Get()
  async list(
    @Query() raw: RawListQuery,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const query = parseListQuery(raw, listSpec(this.inbox, user));
    const em = this.em.fork();
    const [items, total] = await em.findAndCount(
      Notification,
      { $and: [this.inbox.visibleTo(user), query.where] },
      { orderBy: query.orderBy, offset: query.offset, limit: query.limit },
    );
    const views = await this.inbox.present(em, user, items);
    return sendRange(response, 'notifications', views, query.offset, total);
  }

  @Get('unread-count')
  async unreadCount(@CurrentUser() user: User): Promise<{ count: number }> {
    return { count: await this.inbox.unreadCount(user) };
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: User) {
    return this.inbox.get(user, id);
  }

  @Put(':id')
  mark(@Param('id', UuidParamPipe) id: string, @Body() body: MarkNotificationDto, @CurrentUser() user: User) {
    return this.inbox.mark(user, id, body.read);
  }
}
