import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type TimerStatus = 'pending' | 'fired' | 'voided';

/** A delayed XState event made durable: fired once through the command path, or voided when its state is left. */
@Entity({ tableName: 'timer' })
@Unique({ properties: ['processId', 'actionId', 'processVersion'] })
@Index({
  name: 'timer_pending_due_idx',
  expression: `create index "timer_pending_due_idx" on "timer" ("due_at") where "status" = 'pending'`,
})
export class Timer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  processId!: string;

  @Property({ type: 'text' })
  actionId!: string;

  @Property({ type: 'integer' })
  processVersion!: number;

  @Property({ type: 'jsonb' })
  event!: Record<string, unknown>;

  @Property({ type: 'timestamptz', length: 3 })
  dueAt!: Date;

  @Property({ type: 'text' })
  status: TimerStatus = 'pending';

  @Property({ type: 'uuid', nullable: true })
  commandId: string | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  firedAt: Date | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
