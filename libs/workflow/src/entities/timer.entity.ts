import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type TimerStatus = 'pending' | 'fired' | 'voided';

/**
 * A delayed XState event made durable: fired once through the command path, or voided when its state is left.
 * A schedule's timer belongs to no process (`processId` null, `schedule` the definition's key): it starts one
 * when it fires; one live timer per schedule and occurrence (`actionId` names both).
 */
@Entity({ tableName: 'timer' })
@Unique({ properties: ['processId', 'actionId', 'processVersion'] })
@Index({
  name: 'timer_schedule_occurrence_unique',
  expression: `create unique index "timer_schedule_occurrence_unique" on "timer" ("action_id") where "process_id" is null and "status" <> 'voided'`,
})
@Index({
  name: 'timer_pending_due_idx',
  expression: `create index "timer_pending_due_idx" on "timer" ("due_at") where "status" = 'pending'`,
})
export class Timer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  processId: string | null = null;

  /** The key of the definition whose schedule this timer runs; null for a process's own timer. */
  @Property({ type: 'text', nullable: true })
  schedule: string | null = null;

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
