import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { RulesOfProcedure } from '../../settings/rules-of-procedure';

/** One adopted wording of the Geschäftsordnung (R9) with the settings it puts in force; every one is kept. */
@Entity({ tableName: 'rules_of_procedure_version' })
export class RulesOfProcedureVersion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'integer' })
  @Unique()
  version!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  text!: string;

  /** The complete settings in force with this version. */
  @Property({ type: 'jsonb' })
  settings!: RulesOfProcedure;

  /** The day after the meeting that adopted it (Europe/Berlin). */
  @Property({ type: 'date' })
  inForceFrom!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'uuid' })
  @Unique()
  processId!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
