import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { RulesInput } from './rules-of-procedure';

/** Every change of the rules of procedure, kept: on each day the newest revision in force then applies. */
@Entity({ tableName: 'settings_revision' })
@Index({ properties: ['createdAt'] })
@Index({ properties: ['inForceFrom', 'createdAt'] })
export class SettingsRevision {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'jsonb' })
  /** Revisions recorded before a setting existed lack it (its default applies). */
  values!: RulesInput;

  /** The first day (Europe/Berlin) these rules apply. */
  @Property({ type: 'date' })
  inForceFrom!: string;

  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
