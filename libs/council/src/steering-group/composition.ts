import { addDays, compareDates, parseCalendarDate } from '../terms/calendar-date';
import { isInOffice } from '../terms/term';

export type AppointedSeat = 'police' | 'provider' | 'science';

export interface GroupFact {
  id: string;
  name: string;
  status: 'active' | 'dissolved';
  foundedAt: string;
  dissolvedAt: string | null;
  moderatorId: string | null;
  moderatorSince: string | null;
  /** The moderator history (from/to, `to` inclusive); when given, the seat follows it, not `moderatorId`. */
  moderators?: readonly TenureFact[];
}

export interface TenureFact {
  personId: string;
  from: string;
  to: string | null;
}

export interface AppointmentFact {
  id: string;
  seat: AppointedSeat;
  personId: string | null;
  organizationId: string | null;
  termStart: string | null;
  termEnd: string | null;
  endedOn: string | null;
  status: string;
}

/** A row of the coordination office's history: the row with the latest `since` <= date applies. */
export interface CoordinationFact {
  personId: string | null;
  since: string;
}

export interface Seat {
  kind: 'coordination' | 'moderator' | AppointedSeat;
  workingGroupId?: string;
  workingGroupName?: string;
  /** null: the seat is vacant. */
  personId: string | null;
  organizationId?: string | null;
  appointmentId?: string;
  since?: string;
  /** The last day in office, inclusive. */
  until?: string;
}

export interface Composition {
  date: string;
  size: number;
  occupied: number;
  seats: Seat[];
}

export interface SteeringFacts {
  groups: GroupFact[];
  appointments: AppointmentFact[];
  coordination: CoordinationFact[];
}

const APPOINTED_SEAT_ORDER: readonly AppointedSeat[] = ['police', 'provider', 'science'];

// Appointments in these states have not (yet) been decided by the plenary, so they hold no seat.
const UNAPPOINTED_STATUSES: ReadonlySet<string> = new Set(['awaitingNomination', 'nominated', 'declined']);

const GROUP_NAME_ORDER = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** The steering group at a calendar date (R6): size = 1 + active working groups + 3, vacancies included. */
export function composeSteeringGroup(date: string, facts: SteeringFacts): Composition {
  parseCalendarDate(date);
  const seats: Seat[] = [
    coordinationSeat(date, facts.coordination),
    ...activeGroups(date, facts.groups).map((group) => moderatorSeat(group, date)),
    ...APPOINTED_SEAT_ORDER.map((seat) => appointedSeat(date, seat, facts.appointments)),
  ];
  return {
    date,
    size: seats.length,
    occupied: seats.filter((seat) => seat.personId !== null).length,
    seats,
  };
}

export function isSteeringMember(composition: Composition, personId: string): boolean {
  return composition.seats.some((seat) => seat.personId === personId);
}

/** "More than half" of the occupied seats (the default rule of procedure, P4). */
export function majorityThreshold(occupied: number): number {
  if (!Number.isSafeInteger(occupied) || occupied < 0) {
    throw new RangeError(`occupied must be a non-negative integer, got ${occupied}`);
  }
  return Math.floor(occupied / 2) + 1;
}

function coordinationSeat(date: string, history: readonly CoordinationFact[]): Seat {
  let current: CoordinationFact | undefined;
  for (const fact of history) {
    // On equal dates the row listed later wins: it was recorded later.
    if (compareDates(fact.since, date) <= 0 && (!current || compareDates(fact.since, current.since) >= 0)) {
      current = fact;
    }
  }
  if (!current) return { kind: 'coordination', personId: null };
  return { kind: 'coordination', personId: current.personId, since: current.since };
}

function activeGroups(date: string, groups: readonly GroupFact[]): GroupFact[] {
  return groups
    .filter(
      (group) =>
        compareDates(group.foundedAt, date) <= 0 &&
        (group.dissolvedAt === null || compareDates(date, group.dissolvedAt) < 0),
    )
    .sort((a, b) => GROUP_NAME_ORDER.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function moderatorSeat(group: GroupFact, date: string): Seat {
  const seat: Seat = {
    kind: 'moderator',
    workingGroupId: group.id,
    workingGroupName: group.name,
    personId: null,
  };
  if (group.moderators) {
    const tenure = group.moderators.find(
      (held) => compareDates(held.from, date) <= 0 && (held.to === null || compareDates(date, held.to) <= 0),
    );
    if (tenure) Object.assign(seat, { personId: tenure.personId, since: tenure.from });
    if (tenure?.to) seat.until = tenure.to;
    return seat;
  }
  seat.personId = group.moderatorId;
  if (group.moderatorId !== null && group.moderatorSince !== null) seat.since = group.moderatorSince;
  return seat;
}

interface DatedAppointment extends AppointmentFact {
  personId: string;
  termStart: string;
  termEnd: string;
}

function isDated(appointment: AppointmentFact): appointment is DatedAppointment {
  return appointment.personId !== null && appointment.termStart !== null && appointment.termEnd !== null;
}

function appointedSeat(date: string, seat: AppointedSeat, appointments: readonly AppointmentFact[]): Seat {
  const holders = appointments
    .filter((appointment) => appointment.seat === seat && !UNAPPOINTED_STATUSES.has(appointment.status))
    .filter(isDated)
    .filter((appointment) => isInOffice(appointment, date))
    // Overlapping terms should not happen; if they do, the later appointment has superseded the earlier.
    .sort((a, b) => compareDates(b.termStart, a.termStart) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const holder = holders[0];
  if (!holder) return { kind: seat, personId: null };
  const lastDayBeforeEarlyEnd = holder.endedOn === null ? null : addDays(holder.endedOn, -1);
  return {
    kind: seat,
    personId: holder.personId,
    organizationId: holder.organizationId,
    appointmentId: holder.id,
    since: holder.termStart,
    until:
      lastDayBeforeEarlyEnd !== null && compareDates(lastDayBeforeEarlyEnd, holder.termEnd) < 0
        ? lastDayBeforeEarlyEnd
        : holder.termEnd,
  };
}
