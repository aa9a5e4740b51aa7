import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A job to publish to Redis, written in the same transaction as the change that caused it. */
@Entity({ tableName: 'outbox_message' })
@Index({
  name: 'outbox_unpublished_idx',
  expression: `create index "outbox_unpublished_idx" on "outbox_message" ("created_at") where "published_at" is null`,
})
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  queue!: string;

  @Property({ type: 'text' })
  jobId!: string;

  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  notBefore: Date | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  publishedAt: Date | null = null;
}
