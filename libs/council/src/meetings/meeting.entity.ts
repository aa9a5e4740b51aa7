import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const MEETING_BODIES = ['plenary', 'steering', 'working-group'] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];
export const MEETING_KINDS = ['regular', 'extraordinary'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

@Entity({ tableName: 'meeting' })
@Index({
  name: 'meeting_title_search_idx',
  expression: `create index "meeting_title_search_idx" on "meeting" using gin (gremium_unaccent("title") gin_trgm_ops)`,
})
@Index({ properties: ['body', 'date'] })
export class Meeting {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  body!: MeetingBody;

  @Property({ type: 'uuid', nullable: true })
  workingGroupId: string | null = null;

  @Property({ columnType: 'date', type: 'string' })
  date!: string;

  @Property({ type: 'text' })
  kind!: MeetingKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
