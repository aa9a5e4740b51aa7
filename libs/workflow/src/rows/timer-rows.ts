import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutgoingJob } from '@gremium/platform';
import { SYSTEM_TIMER } from '../definition/actor';

/**
 * Fires the due timers of processes in one statement, in the caller's transaction: locks them (skipping
 * rows a timer job holds), marks them fired, stores one queued command each (idempotency key
 * `timer:<id>`, so a timer can make one command only) and one outbox row whose job names them all, after
 * the least of their ids.
 * What the unit of work did per timer, without loading the rows into it.
 */
const FIRE_DUE = `with due as (
  select id from timer
   where status = 'pending' and process_id is not null and due_at <= ?
   order by due_at
   limit ?
   for update skip locked
), fired as (
  update timer t set status = 'fired', fired_at = ?, command_id = gen_random_uuid()
    from due where t.id = due.id
  returning t.id, t.process_id, t.command_id, t.event ->> 'type' as type
), stored as (
  insert into command (id, process_id, type, payload, idempotency_key, actor, source, status, created_at, attempts)
  select command_id, process_id, type, '{}', 'timer:' || id, ?::jsonb, 'timer', 'queued', ?, 0 from fired
  returning id
), grouped as (
  select array_agg(id order by id) as ids from stored
)
insert into outbox_message (id, queue, job_id, data, created_at)
select gen_random_uuid(), 'commands', ids[1], jsonb_build_object('commandIds', to_jsonb(ids)), ?
  from grouped where ids is not null
returning id, job_id, data`;

/** A process's timer that a transition cancelled (XState's `xstate.cancel` of a delayed event). */
export interface TimerVoiding {
  processId: string;
  actionId: string;
}

/**
 * The timer part of the batch's write (`rows/write-behind.ts`), after the tasks' `$35`: the pending timers
 * of every process that ended (`latest`, from the transition part) and those the transitions cancelled,
 * `$36..$37` (process and action id), are voided. One update, so that a timer both cover is one match.
 */
export const TIMER_WRITES = `voided as (
  update timer set status = 'voided'
  from (
    select process_id, null::text as action_id from latest where status = 'done'
    union all
    select * from unnest($36::uuid[], $37::text[])
  ) as v(process_id, action_id)
  where timer.process_id = any($2::uuid[] || $36::uuid[]) and timer.process_id = v.process_id
    and (v.action_id is null or timer.action_id = v.action_id) and timer.status = 'pending'
)`;

/** The parameters of `TIMER_WRITES` for voidings held until now. */
export function voidingParams(voidings: readonly TimerVoiding[]): unknown[] {
  return [voidings.map((voiding) => voiding.processId), voidings.map((voiding) => voiding.actionId)];
}

export interface FiredTimers {
  count: number;
  /** The outbox row and its job, to publish once the transaction has committed; null if none was due. */
  outbox: { id: string; job: OutgoingJob<'commands'> } | null;
}

export async function fireDueProcessTimers(
  em: EntityManager,
  now: Date,
  limit: number,
): Promise<FiredTimers> {
  const [row] = await em.execute<{ id: string; job_id: string; data: { commandIds: string[] } }[]>(FIRE_DUE, [
    now,
    limit,
    now,
    JSON.stringify(SYSTEM_TIMER),
    now,
    now,
  ]);
  if (!row) return { count: 0, outbox: null };
  return {
    count: row.data.commandIds.length,
    outbox: { id: row.id, job: { queue: 'commands', jobId: row.job_id, data: row.data } },
  };
}
