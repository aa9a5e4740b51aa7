import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export const RECORD_KINDS = [
  'person',
  'organization',
  'membership',
  'meeting',
  'recommendation',
  'user',
  'settings',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type RecordAction = 'created' | 'updated' | 'deleted' | 'erased';

/** One changed field; personal values (names, contact data) and passwords are never written down. */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/**
 * A record of change of the council's data: who changed which fields of which record when. Append-only
 * (a trigger refuses UPDATE, DELETE and TRUNCATE); each row hashes its predecessor of the same record.
 */
@Entity({ tableName: 'record_change' })
@Unique({ properties: ['subjectId', 'seq'] })
@Index({ properties: ['subjectType', 'subjectId'] })
@Index({ properties: ['at', 'id'] })
export class RecordChange {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  subjectType!: RecordKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  action!: RecordAction;

  /** The user who made the change (by id). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'jsonb' })
  changes!: FieldChange[];

  @Property({ type: 'timestamptz', length: 3 })
  at!: Date;

  @Property({ type: 'character', length: 64 })
  prevHash!: string;

  @Property({ type: 'character', length: 64 })
  hash!: string;
}
