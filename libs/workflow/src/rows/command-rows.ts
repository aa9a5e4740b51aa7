import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Command } from '../entities/command.entity';
import { runStatement, type Statement } from './pg-client';

/**
 * Stores queued commands and the one outbox row of their job in one statement (one implicit transaction,
 * one round trip): the intake's write, without the unit of work.
 */
export const INSERT_QUEUED: Statement = {
  name: 'gremium_command_insert_queued',
  text: `with stored as (
  insert into command (id, process_id, type, payload, idempotency_key, actor, source, status, created_at, attempts)
  select id, process_id, type, payload, idempotency_key, actor, source, 'queued', created_at, 0
  from unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[], $6::jsonb[], $7::text[], $8::timestamptz[])
    as c(id, process_id, type, payload, idempotency_key, actor, source, created_at)
)
insert into outbox_message (id, queue, job_id, data, created_at)
values ($9, 'commands', $10, $11::jsonb, $12)`,
};

export interface QueuedInsert {
  /** The outbox row written with the commands (its job names them all). */
  outboxId: string;
  jobId: string;
  commandIds: string[];
}

export async function insertQueuedCommands(
  em: EntityManager,
  commands: readonly Command[],
  now: Date,
): Promise<QueuedInsert> {
  const commandIds = commands.map((command) => command.id);
  const outboxId = randomUUID();
  const jobId = commandIds[0];
  await runStatement(em, INSERT_QUEUED, [
    commandIds,
    commands.map((command) => command.processId),
    commands.map((command) => command.type),
    commands.map((command) => JSON.stringify(command.payload)),
    commands.map((command) => command.idempotencyKey),
    commands.map((command) => JSON.stringify(command.actor)),
    commands.map((command) => command.source),
    commands.map((command) => command.createdAt),
    outboxId,
    jobId,
    JSON.stringify({ commandIds }),
    now,
  ]);
  return { outboxId, jobId, commandIds };
}

/** PostgreSQL's unique_violation, as the pg driver reports it (the ORM's exception when it wrote the row). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException ||
    (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505')
  );
}
