import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { NotificationEmail } from '../definition/process-definition';

@Entity({ tableName: 'notification' })
@Index({ properties: ['createdAt', 'id'] })
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

  @Property({ type: 'jsonb' })
  recipient!: { role: string } | { personId: string };

  @Property({ type: 'jsonb', nullable: true })
  email: NotificationEmail | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  readAt: Date | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  mailedAt: Date | null = null;
}
