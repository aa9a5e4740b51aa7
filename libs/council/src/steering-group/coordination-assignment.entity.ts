import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Who holds the coordination office's steering seat from a date on (R14: it may be vacant). */
@Entity({ tableName: 'coordination_assignment' })
export class CoordinationAssignment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Property({ columnType: 'date', type: 'string' })
  since!: string;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
