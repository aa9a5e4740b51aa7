import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { RulesOfProcedure } from './rules-of-procedure';

/** Every change of the rules of procedure, kept: the newest revision is in force. */
@Entity({ tableName: 'settings_revision' })
@Index({ properties: ['createdAt'] })
export class SettingsRevision {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'jsonb' })
  values!: RulesOfProcedure;

  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
