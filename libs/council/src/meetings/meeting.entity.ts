import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const MEETING_BODIES = ['plenary', 'steering', 'working-group'] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];
export const MEETING_KINDS = ['regular', 'extraordinary'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_STATES = ['planned', 'invited', 'held', 'minutesApproved', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export interface MinutesItem {
  agendaItemId: string;
  result: string;
  /** The decision value of the item's command (`granted`, `adopted`, `endorsed` …). */
  decision?: string;
  votes?: { yes: number; no: number; abstain: number };
  /** Further fields of the command's payload (e.g. `termStart` of an appointment, `personId` of an election). */
  fields?: Record<string, unknown>;
}

export interface Minutes {
  items: MinutesItem[];
  recordedAt: string;
}

/** A meeting of one body (P8); the process keeps this row up to date, state changes only by commands. */
@Entity({ tableName: 'meeting' })
@Index({
  name: 'meeting_title_search_idx',
  expression: `create index "meeting_title_search_idx" on "meeting" using gin (gremium_unaccent("title") gin_trgm_ops)`,
})
@Index({ properties: ['body', 'date'] })
@Index({ properties: ['start'] })
export class Meeting {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  body!: MeetingBody;

  @Property({ type: 'uuid', nullable: true })
  workingGroupId: string | null = null;

  /** The Berlin calendar date of `start` (read-only). */
  @Property({ columnType: 'date', type: 'string' })
  date!: string;

  @Property({ type: 'timestamptz', length: 3 })
  start!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  end!: Date;

  @Property({ type: 'text' })
  location!: string;

  @Property({ type: 'text', nullable: true })
  onlineUrl: string | null = null;

  @Property({ type: 'text' })
  kind!: MeetingKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  state!: MeetingState;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  processId: string | null = null;

  /** RFC 5545 SEQUENCE of the invitation. */
  @Property({ type: 'integer' })
  sequence: number = 0;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  invitedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Property({ type: 'jsonb' })
  attendance: string[] = [];

  /** Written while held (P8): per agenda item a result and, for a decision item, the decision. */
  @Property({ type: 'jsonb', nullable: true })
  minutes: Minutes | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}

/** The meeting's stable iCalendar UID. */
export function icalUidOf(meetingId: string): string {
  return `meeting-${meetingId}@gremium`;
}
