import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type WorkingGroupStatus = 'active' | 'dissolved';

/** Created only by a founding process (P1); its status changes only through processes. */
@Entity({ tableName: 'working_group' })
@Index({
  name: 'working_group_name_search_idx',
  expression: `create index "working_group_name_search_idx" on "working_group" using gin (gremium_unaccent("name") gin_trgm_ops)`,
})
export class WorkingGroup {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  @Index()
  name!: string;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text', nullable: true })
  rationale: string | null = null;

  @Property({ type: 'text' })
  @Index()
  status!: WorkingGroupStatus;

  @Property({ type: 'uuid', nullable: true })
  moderatorId: string | null = null;

  @Property({ columnType: 'date', type: 'string', nullable: true })
  moderatorSince: string | null = null;

  /** Calendar date (Europe/Berlin), YYYY-MM-DD. */
  @Property({ columnType: 'date', type: 'string' })
  foundedAt!: string;

  @Property({ columnType: 'date', type: 'string', nullable: true })
  dissolvedAt: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  foundingProcessId: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
