import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  NotFoundError,
  Notification,
  NotificationRead,
  personIdsIn,
  resolvePersonRefs,
} from '@gremium/workflow';
import type { User } from '../identity/user.entity';
import { PersonNameResolver } from '../people/person-names';
import { doneReasons, type DoneReason } from './subject-progress';

/** A notification as one user sees it: their own read state; the e-mail only for the coordination office. */
export interface NotificationView {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  processId: string | null;
  message: string;
  recipientId: string | null;
  recipientRole: string | null;
  createdAt: Date;
  mailedAt: Date | null;
  read: boolean;
  readAt: Date | null;
  /** The subject has moved on (the successor is appointed, the review decided): nothing left to do. */
  done: boolean;
  doneReason: DoneReason | null;
  email?: { to: string[]; subject: string; text: string } | null;
}

/**
 * Each user's notifications: those addressed to them and to their stored roles. Nobody else's can be
 * listed, read or marked (they do not exist for the user: 404).
 */
@Injectable()
export class NotificationInbox {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PersonNameResolver,
  ) {}

  /** The condition for what this user may see. */
  visibleTo(user: User): FilterQuery<Notification> {
    return { $or: [{ recipientId: user.id }, { recipientRole: { $in: [...user.roles] } }] };
  }

  /** The condition "read by this user" (or not). */
  readBy(user: User, read: boolean): FilterQuery<Notification> {
    return read ? { reads: { $some: { userId: user.id } } } : { reads: { $none: { userId: user.id } } };
  }

  async unreadCount(user: User): Promise<number> {
    return this.em.fork().count(Notification, { $and: [this.visibleTo(user), this.readBy(user, false)] });
  }

  async get(user: User, id: string): Promise<NotificationView> {
    const em = this.em.fork();
    const notification = await em.findOne(Notification, { $and: [{ id }, this.visibleTo(user)] });
    if (!notification) throw new NotFoundError('notification', id);
    return (await this.present(em, user, [notification]))[0];
  }

  async mark(user: User, id: string, read: boolean): Promise<NotificationView> {
    const em = this.em.fork();
    const notification = await em.findOne(Notification, { $and: [{ id }, this.visibleTo(user)] });
    if (!notification) throw new NotFoundError('notification', id);
    if (read) {
      await em
        .createQueryBuilder(NotificationRead)
        .insert({ notification: id, userId: user.id, readAt: new Date() })
        .onConflict(['notification', 'userId'])
        .ignore()
        .execute();
    } else {
      await em.nativeDelete(NotificationRead, { notification: id, userId: user.id });
    }
    return (await this.present(em, user, [notification]))[0];
  }

  /** The user's read state for each; the e-mail (addresses of the office) only for the coordination office. */
  async present(em: EntityManager, user: User, notifications: Notification[]): Promise<NotificationView[]> {
    const reads =
      notifications.length === 0
        ? []
        : await em.find(NotificationRead, {
            notification: { $in: notifications.map((n) => n.id) },
            userId: user.id,
          });
    const readAt = new Map(reads.map((read) => [read.notification.id, read.readAt]));
    const office = user.roles.includes('coordination');
    // Stored texts name people by id; they are read with the names as they are now.
    const texts = notifications.flatMap((n) => [
      n.message,
      ...(office && n.email ? [n.email.subject, n.email.text] : []),
    ]);
    const names = await this.people.namesOf(em, personIdsIn(...texts));
    const named = (text: string) => resolvePersonRefs(text, names);
    const done = await doneReasons(em, notifications);
    return notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      processId: n.processId,
      message: named(n.message),
      recipientId: n.recipientId,
      recipientRole: n.recipientRole,
      createdAt: n.createdAt,
      mailedAt: n.mailedAt,
      read: readAt.has(n.id),
      readAt: readAt.get(n.id) ?? null,
      done: done.has(n.id),
      doneReason: done.get(n.id) ?? null,
      ...(office
        ? { email: n.email && { ...n.email, subject: named(n.email.subject), text: named(n.email.text) } }
        : {}),
    }));
  }
}
