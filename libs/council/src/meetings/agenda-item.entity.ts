import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const AGENDA_KINDS = ['decision', 'report', 'topic'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const AGENDA_SOURCES = ['auto', 'manual', 'proposal'] as const;
export type AgendaSource = (typeof AGENDA_SOURCES)[number];
export const AGENDA_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

/**
 * A stored agenda item: items added by hand and members' proposals at any time; the items taken from open
 * tasks once the invitation froze the agenda (or once someone placed them by reordering).
 */
@Entity({ tableName: 'agenda_item' })
@Index({ properties: ['meetingId', 'position'] })
@Index({ properties: ['processId'] })
export class AgendaItem {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  kind!: AgendaKind;

  @Property({ type: 'text' })
  source!: AgendaSource;

  /** The process that waits on this body's decision (auto items). */
  @Property({ type: 'uuid', nullable: true })
  processId: string | null = null;

  /** The open task the item stands for (the first one, when the process waits on several persons). */
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;

  /** The command that records the decision in the process (auto items). */
  @Property({ type: 'text', nullable: true })
  commandType: string | null = null;

  @Property({ type: 'text' })
  status!: AgendaStatus;

  /** Who proposed a topic (R3). */
  @Property({ type: 'uuid', nullable: true })
  proposedById: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;
}
