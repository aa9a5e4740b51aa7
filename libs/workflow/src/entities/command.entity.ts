import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ActorRef } from '../definition/actor';

export type CommandStatus = 'queued' | 'applied' | 'rejected';
export type CommandSource = 'http' | 'timer' | 'engine';

@Entity({ tableName: 'command' })
/** Idempotency keys are unique per process and sender. */
@Unique({
  name: 'command_idempotency_unique',
  expression: `create unique index "command_idempotency_unique" on "command" ("process_id", (coalesce("actor"->>'userId', '')), "idempotency_key")`,
})
@Index({
  name: 'command_queued_idx',
  expression: `create index "command_queued_idx" on "command" ("created_at") where "status" = 'queued'`,
})
export class Command {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  processId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'jsonb' })
  actor!: ActorRef;

  @Property({ type: 'text' })
  source!: CommandSource;

  @Property({ type: 'text' })
  status: CommandStatus = 'queued';

  @Property({ type: 'text', nullable: true })
  code: string | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  decidedAt: Date | null = null;
}
