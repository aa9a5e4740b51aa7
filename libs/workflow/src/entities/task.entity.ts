import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type Awaiting = { body: string } | { personId: string };

/** What an open state waits on: the approvals inbox. */
@Entity({ tableName: 'task' })
@Index({
  name: 'task_open_idx',
  expression: `create index "task_open_idx" on "task" ("opened_at") where "closed_at" is null`,
})
@Index({
  name: 'task_due_at_index',
  expression: `create index "task_due_at_index" on "task" ("due_at") where "closed_at" is null`,
})
export class Task {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  processId!: string;

  /** The state node that declared the task. */
  @Property({ type: 'text' })
  stateId!: string;

  @Property({ type: 'jsonb' })
  awaiting!: Awaiting;

  @Property({ type: 'jsonb' })
  commandTypes!: string[];

  @Property({ type: 'text', nullable: true })
  label: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  openedAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  closedAt: Date | null = null;
}
