import type { EntityManager } from '@mikro-orm/postgresql';
import type { Command } from '../entities/command.entity';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { QUEUED_COLUMNS, queuedCommandOf, type QueuedRow } from './command-rows';
import { INSTANCE_COLUMNS, instanceOf, type InstanceRow } from './instance-rows';
import { runStatement, type Statement } from './pg-client';
import { TASK_COLUMNS, taskOf, type TaskRow } from './task-rows';
import { OpenTasks } from '../engine/task-synchronizer';

/**
 * The queued commands, oldest first, skipping rows another transaction holds (that one decides them); then
 * their processes, locked in id order, so that transactions sharing processes cannot deadlock on them; and
 * the open tasks of those processes. One round trip: each comes back as a JSON array.
 */
const LOCK_BATCH: Statement = {
  name: 'gremium_batch_lock',
  text: `with locked as (
  select ${QUEUED_COLUMNS} from command where id = any($1::uuid[]) and status = 'queued'
  order by created_at, id
  for update skip locked
),
instances as (
  select ${INSTANCE_COLUMNS} from process_instance where id in (select process_id from locked)
  order by id
  for update
),
open_tasks as (
  select ${TASK_COLUMNS} from task where process_id in (select id from instances) and closed_at is null
)
select (select coalesce(json_agg(locked order by created_at, id), '[]') from locked) as commands,
  (select coalesce(json_agg(instances), '[]') from instances) as instances,
  (select coalesce(json_agg(open_tasks), '[]') from open_tasks) as tasks`,
};

export interface LockedBatch {
  commands: Command[];
  /** The processes the commands are for, as far as they exist (a start command's does not yet). */
  instances: ProcessInstance[];
  /** Their open tasks, outside the unit of work (the synchronizer writes what it changes). */
  openTasks: OpenTasks;
}

/**
 * Locks the named commands that are still queued and the processes they are for, and reads both (not into
 * the unit of work). Must run inside the deciding transaction.
 */
export async function lockBatch(em: EntityManager, commandIds: readonly string[]): Promise<LockedBatch> {
  const [row] = await runStatement<{ commands: QueuedRow[]; instances: InstanceRow[]; tasks: TaskRow[] }>(
    em,
    LOCK_BATCH,
    [[...commandIds]],
  );
  const commands = row.commands.map((command) => queuedCommandOf(em, command));
  const processIds = [...new Set(commands.map((command) => command.processId))];
  return {
    commands,
    instances: row.instances.map((instance) => instanceOf(em, instance)),
    openTasks: new OpenTasks(
      processIds,
      row.tasks.map((task) => taskOf(em, task)),
    ),
  };
}
