import { Entity, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
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

  /** A refusal's stable key (ENGINE_ERRORS, COUNCIL_ERRORS) with its parameters and the fields it names. */
  @Property({ type: 'text', nullable: true })
  errorKey: Opt<string> | null = null;

  @Property({ type: 'jsonb', nullable: true })
  errorParams: Opt<Record<string, string | number>> | null = null;

  @Property({ type: 'jsonb', nullable: true })
  errorDetails: Opt<Record<string, unknown> | unknown[]> | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  decidedAt: Date | null = null;
  /** Failed attempts for infrastructure reasons (a refusal is no failure); from INCIDENT_AFTER_ATTEMPTS an incident. */
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  lastFailedAt: Date | null = null;
}

/** A command as it is stored before any worker decided it. */
export function queuedCommand(
  fields: Pick<
    Command,
    'id' | 'processId' | 'type' | 'payload' | 'idempotencyKey' | 'actor' | 'source' | 'createdAt'
  > &
    Partial<Pick<Command, 'attempts'>>,
): Command {
  return {
    ...fields,
    status: 'queued',
    code: null,
    reason: null,
    errorKey: null,
    errorParams: null,
    errorDetails: null,
    decidedAt: null,
    attempts: fields.attempts ?? 0,
    lastError: null,
    lastFailedAt: null,
  };
}
