import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { EngineEvent } from '../definition/process-definition';

/** Append-only (a trigger refuses UPDATE and DELETE); each row hashes its predecessor. */
@Entity({ tableName: 'audit_event' })
@Unique({ properties: ['processId', 'seq'] })
@Index({ properties: ['at', 'id'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  processId!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  commandId: string | null = null;

  @Property({ type: 'jsonb' })
  actor!: Record<string, unknown>;

  /** The enriched event the machine received: replaying these reproduces the snapshot. */
  @Property({ type: 'jsonb' })
  event!: EngineEvent;

  @Property({ type: 'jsonb', nullable: true })
  stateBefore: unknown = null;

  @Property({ type: 'jsonb' })
  stateAfter!: unknown;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'timestamptz', length: 3 })
  at!: Date;

  @Property({ type: 'character', length: 64 })
  prevHash!: string;

  @Property({ type: 'character', length: 64 })
  hash!: string;
}
