import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Who moderated a working group from when to when (R3): one row per moderator, written when P5 elects one.
 * The history the annual report and the steering group's composition on a past date read (R6, R10).
 */
@Entity({ tableName: 'moderator_tenure' })
@Index({ properties: ['workingGroupId', 'from'] })
export class ModeratorTenure {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  workingGroupId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  /** The first day as moderator (Europe/Berlin). */
  @Property({ columnType: 'date', type: 'string' })
  from!: string;

  /** The last day as moderator, inclusive; null while still moderating. */
  @Property({ columnType: 'date', type: 'string', nullable: true })
  to: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
