import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queuedCommand, type Command } from '../entities/command.entity';
import { dateOf, jsonOrNull, runStatement, type Statement } from './pg-client';

/**
 * Stores queued commands in one statement (one implicit transaction, one round trip): the intake's write,
 * without the unit of work. No outbox row: the command rows are the truth, and the sweeper republishes a
 * command still queued after a while whatever became of its job.
 */
export const INSERT_QUEUED: Statement = {
  name: 'gremium_command_insert_queued',
  text: `insert into command (id, process_id, type, payload, idempotency_key, actor, source, status, created_at, attempts)
select id, process_id, type, payload, idempotency_key, actor, source, 'queued', created_at, 0
from unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[], $6::jsonb[], $7::text[], $8::timestamptz[])
  as c(id, process_id, type, payload, idempotency_key, actor, source, created_at)`,
};

/** Stores commands queued together, and gives their ids in the order they came. */
export async function insertQueuedCommands(
  em: EntityManager,
  commands: readonly Command[],
): Promise<string[]> {
  const commandIds = commands.map((command) => command.id);
  await runStatement(em, INSERT_QUEUED, [
    commandIds,
    commands.map((command) => command.processId),
    commands.map((command) => command.type),
    commands.map((command) => JSON.stringify(command.payload)),
    commands.map((command) => command.idempotencyKey),
    commands.map((command) => JSON.stringify(command.actor)),
    commands.map((command) => command.source),
    commands.map((command) => command.createdAt),
  ]);
  return commandIds;
}

/** The columns of a queued command as `queuedCommandOf` reads them. */
export const QUEUED_COLUMNS =
  'id, process_id, type, payload, idempotency_key, actor, source, created_at, attempts';

export interface QueuedRow {
  id: string;
  process_id: string;
  type: string;
  payload: Record<string, unknown>;
  idempotency_key: string | null;
  actor: Command['actor'];
  source: Command['source'];
  created_at: Date | string;
  attempts: number;
}

export function queuedCommandOf(em: EntityManager, row: QueuedRow): Command {
  return queuedCommand({
    id: row.id,
    processId: row.process_id,
    type: row.type,
    payload: row.payload,
    idempotencyKey: row.idempotency_key,
    actor: row.actor,
    source: row.source,
    createdAt: dateOf(em, row.created_at),
    attempts: row.attempts,
  });
}

const RECORD_DECISIONS: Statement = {
  name: 'gremium_command_record_decisions',
  text: `with decided as (
  update command c
  set status = d.status, code = d.code, reason = d.reason, error_key = d.error_key,
    error_params = d.error_params, error_details = d.error_details, decided_at = d.decided_at,
    process_id = d.process_id
  from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[],
    $8::timestamptz[], $9::uuid[])
    as d(id, status, code, reason, error_key, error_params, error_details, decided_at, process_id)
  where c.id = any($1::uuid[]) and c.id = d.id
)
select pg_notify($10, message) from unnest($11::text[]) as message`,
};

/**
 * Writes the decisions of commands the transaction locked (`lockBatch`) and NOTIFYs each on `channel` with
 * its message (delivered on commit): one statement for the batch, sent after whatever the batch's write
 * holds. Folded into that write it saved a round trip, but the catch-up of 10k overdue timers took a third
 * longer, for reasons not found; see docs/performance.md.
 */
export async function recordDecisions(
  em: EntityManager,
  commands: readonly Command[],
  channel: string,
  messages: readonly string[],
): Promise<void> {
  await runStatement(em, RECORD_DECISIONS, [
    commands.map((command) => command.id),
    commands.map((command) => command.status),
    commands.map((command) => command.code),
    commands.map((command) => command.reason),
    commands.map((command) => command.errorKey),
    commands.map((command) => jsonOrNull(command.errorParams)),
    commands.map((command) => jsonOrNull(command.errorDetails)),
    commands.map((command) => command.decidedAt),
    commands.map((command) => command.processId),
    channel,
    [...messages],
  ]);
}

/** PostgreSQL's unique_violation, as the pg driver reports it (the ORM's exception when it wrote the row). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException ||
    (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505')
  );
}
