import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const APPOINTED_SEATS = ['police', 'provider', 'science'] as const;
export type AppointedSeatKind = (typeof APPOINTED_SEATS)[number];
export const APPOINTMENT_STATUSES = [
  'awaitingNomination',
  'nominated',
  'appointed',
  'active',
  'expiring',
  'expired',
  'succeeded',
  'ended',
  'declined',
  'cancelled',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The projection of a seat-appointment process (P3); who holds a seat follows from its dates. */
@Entity({ tableName: 'appointment' })
@Index({ properties: ['seat', 'termStart'] })
export class Appointment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  seat!: AppointedSeatKind;

  /** The term this one succeeds, and the one that succeeds it (opened by this term's first alert). */
  @Property({ type: 'uuid', nullable: true })
  predecessorId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  successorId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ columnType: 'date', type: 'string', nullable: true })
  termStart: string | null = null;

  /** The last day in office, inclusive (§§ 187(2), 188(2),(3) BGB). */
  @Property({ columnType: 'date', type: 'string', nullable: true })
  termEnd: string | null = null;

  /** After END_EARLY: the first day the seat is vacant. */
  @Property({ columnType: 'date', type: 'string', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'text' })
  @Index()
  status!: AppointmentStatus;

  @Property({ type: 'uuid' })
  @Index()
  processId!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
