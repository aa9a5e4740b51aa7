import type { EntityManager } from '@mikro-orm/postgresql';
import type { Awaiting, Task } from '../entities/task.entity';
import { dateOf } from './pg-client';

/** The columns of a task as `taskOf` reads them. */
export const TASK_COLUMNS =
  'id, process_id, state_id, awaiting, command_types, label, opened_at, due_at, closed_at';

export interface TaskRow {
  id: string;
  process_id: string;
  state_id: string;
  awaiting: Awaiting;
  command_types: string[];
  label: string | null;
  opened_at: Date | string;
  due_at: Date | string | null;
  closed_at: Date | string | null;
}

/** A task as read, outside the unit of work: the engine writes its changes itself (`TaskChanges`). */
export function taskOf(em: EntityManager, row: TaskRow): Task {
  return {
    id: row.id,
    processId: row.process_id,
    stateId: row.state_id,
    awaiting: row.awaiting,
    commandTypes: row.command_types,
    label: row.label,
    openedAt: dateOf(em, row.opened_at),
    dueAt: row.due_at === null ? null : dateOf(em, row.due_at),
    closedAt: row.closed_at === null ? null : dateOf(em, row.closed_at),
  };
}

/** What one transition did to its process's tasks. */
export interface TaskChanges {
  opened: readonly Task[];
  closed: readonly Task[];
}

/**
 * The task part of the batch's write (`rows/write-behind.ts`), after the transitions' `$1..$24`: `$25..$26`
 * the closings, `$27..$35` the new tasks.
 */
export const TASK_WRITES = `closed_tasks as (
  update task set closed_at = c.closed_at from unnest($25::uuid[], $26::timestamptz[]) as c(id, closed_at)
  where task.id = any($25::uuid[]) and task.id = c.id
),
opened_tasks as (
  insert into task (${TASK_COLUMNS})
  select * from unnest($27::uuid[], $28::uuid[], $29::text[], $30::jsonb[], $31::jsonb[], $32::text[],
    $33::timestamptz[], $34::timestamptz[], $35::timestamptz[])
)`;

/**
 * The parameters of `TASK_WRITES` for changes held until now. A task opened and closed again before it
 * was written is inserted closed: the statement's update would not see a row its own insert adds.
 */
export function taskParams(opened: readonly Task[], closed: readonly Task[]): unknown[] {
  const inserted = new Set(opened);
  const closing = closed.filter((task) => !inserted.has(task));
  return [
    closing.map((task) => task.id),
    closing.map((task) => task.closedAt),
    opened.map((task) => task.id),
    opened.map((task) => task.processId),
    opened.map((task) => task.stateId),
    opened.map((task) => JSON.stringify(task.awaiting)),
    opened.map((task) => JSON.stringify(task.commandTypes)),
    opened.map((task) => task.label),
    opened.map((task) => task.openedAt),
    opened.map((task) => task.dueAt),
    opened.map((task) => task.closedAt),
  ];
}
