import {
  Check,
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import type { NotificationEmail } from '../definition/process-definition';

/** Addressed to one user (`recipientId`) or to everybody with a stored role (`recipientRole`). */
@Entity({ tableName: 'notification' })
@Index({ properties: ['createdAt', 'id'] })
@Check({
  name: 'notification_recipient_check',
  expression: '(recipient_id is null) <> (recipient_role is null)',
})
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid', nullable: true })
  processId: string | null = null;

  @Property({ type: 'text' })
  message!: string;

  /** A user's id. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  recipientId: string | null = null;

  /** A stored role (`coordination`, `viewer`). */
  @Property({ type: 'text', nullable: true })
  @Index()
  recipientRole: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  email: NotificationEmail | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  mailedAt: Date | null = null;

  /** Who has read it, and when (read state is per user). */
  @OneToMany(() => NotificationRead, (read) => read.notification)
  reads = new Collection<Rel<NotificationRead>>(this);
}

/** One user has read one notification (in this file: the two refer to each other). */
@Entity({ tableName: 'notification_read' })
export class NotificationRead {
  @ManyToOne(() => Notification, { primary: true, deleteRule: 'cascade', fieldName: 'notification_id' })
  notification!: Rel<Notification>;

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'timestamptz', length: 3 })
  readAt!: Date;
}
