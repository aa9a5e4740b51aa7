import { BODY_LABELS, SEAT_LABELS } from '../shared/german-labels';
import {
  composeSteeringGroup,
  type Composition,
  type Seat,
  type SteeringFacts,
} from '../steering-group/composition';
import { addDays, compareDates, formatCalendarDate } from '../terms/calendar-date';

/** The annual report's figures (P6, R10): the year as the data recorded it, by dates, with names resolved. */
export interface AnnualFigures {
  year: number;
  /** When they were compiled (ISO 8601); frozen with the report at approval. */
  compiledAt: string;
  workingGroups: {
    /** Active on at least one day of the year. */
    active: GroupFigure[];
    founded: GroupFigure[];
    dissolved: GroupFigure[];
    activeOnFirstDay: number;
    activeOnLastDay: number;
  };
  moderators: ModeratorFigure[];
  composition: {
    firstDay: CompositionFigure;
    lastDay: CompositionFigure;
    changes: CompositionChange[];
  };
  meetings: {
    byBody: MeetingBodyFigure[];
    held: MeetingFigure[];
    total: number;
  };
  recommendations: {
    submitted: RecommendationFigure[];
    byState: { state: string; count: number }[];
  };
  appointments: {
    started: AppointmentFigure[];
    ended: AppointmentFigure[];
    expired: AppointmentFigure[];
  };
  vacancies: VacancyFigure[];
  tags: { tag: string; recommendations: number }[];
}

export interface GroupFigure {
  id: string;
  name: string;
  foundedAt: string;
  dissolvedAt: string | null;
}

export interface ModeratorFigure {
  workingGroupId: string;
  workingGroupName: string;
  personId: string;
  personName: string | null;
  /** The tenure within the year: its first and last day (inclusive), clipped to the year. */
  from: string;
  to: string;
}

export interface SeatFigure {
  /** A stable key of the seat: the kind, and the group for a moderator seat. */
  key: string;
  kind: Seat['kind'];
  label: string;
  personId: string | null;
  personName: string | null;
  organizationName: string | null;
}

export interface CompositionFigure {
  date: string;
  size: number;
  occupied: number;
  seats: SeatFigure[];
}

export interface CompositionChange {
  date: string;
  seat: string;
  label: string;
  /** Who held the seat the day before (null: vacant, or the seat did not exist), and who holds it now. */
  beforeId: string | null;
  afterId: string | null;
  before: string | null;
  after: string | null;
  kind: 'seat-added' | 'seat-removed' | 'holder-changed';
}

export interface MeetingBodyFigure {
  body: 'plenary' | 'steering' | 'working-group';
  workingGroupId: string | null;
  name: string;
  regular: number;
  extraordinary: number;
  /** Attendance recorded in the minutes, summed over the meetings held. */
  attendance: number;
}

export interface MeetingFigure {
  id: string;
  date: string;
  body: MeetingBodyFigure['body'];
  bodyName: string;
  kind: 'regular' | 'extraordinary';
  title: string;
  attendance: number;
}

export interface RecommendationFigure {
  id: string;
  title: string;
  workingGroupName: string | null;
  submittedOn: string;
  /** The state today (its fate), with the forwards and answers recorded so far. */
  state: string;
  tags: string[];
  forwards: { addressee: string; date: string; reference: string }[];
  answers: { addressee: string; date: string; summary: string }[];
}

export interface AppointmentFigure {
  id: string;
  seat: 'police' | 'provider' | 'science';
  label: string;
  personId: string | null;
  personName: string | null;
  organizationName: string | null;
  termStart: string;
  /** The last day in office (inclusive): the term's last day, or the day before an early end. */
  lastDay: string;
}

export interface VacancyFigure {
  seat: string;
  label: string;
  /** The first and last vacant day within the year (inclusive). */
  from: string;
  to: string;
  days: number;
  /** Still vacant on the year's last day. */
  continues: boolean;
}

/** What the figures are compiled from: the dated facts the store keeps, and names for the ids. */
export interface YearFacts {
  steering: SteeringFacts;
  meetings: {
    id: string;
    date: string;
    body: MeetingBodyFigure['body'];
    workingGroupId: string | null;
    kind: 'regular' | 'extraordinary';
    title: string;
    state: string;
    attendance: readonly string[];
  }[];
  recommendations: {
    id: string;
    title: string;
    workingGroupId: string | null;
    submittedOn: string | null;
    state: string;
    tags: readonly string[];
    forwards: readonly { addressee: string; date: string; reference: string }[];
    answers: readonly { addressee: string; date: string; summary: string }[];
  }[];
  people: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
}

const HELD = new Set(['held', 'minutesApproved']);
const BODY_ORDER = { plenary: 0, steering: 1, 'working-group': 2 } as const;
const NAME_ORDER = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const UNAPPOINTED = new Set(['awaitingNomination', 'nominated', 'declined', 'cancelled']);

const firstDayOf = (year: number) => formatCalendarDate(year, 1, 1);
const lastDayOf = (year: number) => formatCalendarDate(year, 12, 31);
const within = (date: string | null, year: number): date is string =>
  date !== null && compareDates(firstDayOf(year), date) <= 0 && compareDates(date, lastDayOf(year)) <= 0;
const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: string, b: string) => (compareDates(a, b) <= 0 ? a : b);

function seatKey(seat: Seat): string {
  return seat.kind === 'moderator' ? `moderator:${seat.workingGroupId}` : seat.kind;
}

function seatLabel(seat: Pick<Seat, 'kind' | 'workingGroupName'>): string {
  return seat.kind === 'moderator' ? `Moderation „${seat.workingGroupName}“` : SEAT_LABELS[seat.kind];
}

/** Compiles the figures of a calendar year from its facts (pure: the same facts give the same figures). */
export function compileFigures(year: number, facts: YearFacts, compiledAt: Date): AnnualFigures {
  const first = firstDayOf(year);
  const last = lastDayOf(year);
  const name = (personId: string | null) => (personId ? (facts.people.get(personId) ?? null) : null);
  const organization = (id: string | null | undefined) => (id ? (facts.organizations.get(id) ?? null) : null);
  const groupName = (id: string | null) =>
    id ? (facts.steering.groups.find((group) => group.id === id)?.name ?? null) : null;

  const compositionFigure = (composition: Composition): CompositionFigure => ({
    date: composition.date,
    size: composition.size,
    occupied: composition.occupied,
    seats: composition.seats.map((seat) => ({
      key: seatKey(seat),
      kind: seat.kind,
      label: seatLabel(seat),
      personId: seat.personId,
      personName: name(seat.personId),
      organizationName: organization(seat.organizationId),
    })),
  });

  // The steering group day by day: its changes and the vacancies follow from the dated facts.
  const days: Composition[] = [];
  for (let day = first; compareDates(day, last) <= 0; day = addDays(day, 1)) {
    days.push(composeSteeringGroup(day, facts.steering));
  }
  const changes: CompositionChange[] = [];
  for (let index = 1; index < days.length; index++) {
    const before = new Map(days[index - 1].seats.map((seat) => [seatKey(seat), seat]));
    const after = new Map(days[index].seats.map((seat) => [seatKey(seat), seat]));
    const date = days[index].date;
    for (const [key, seat] of after) {
      const previous = before.get(key);
      if (!previous)
        changes.push({
          date,
          seat: key,
          label: seatLabel(seat),
          beforeId: null,
          afterId: seat.personId,
          before: null,
          after: name(seat.personId),
          kind: 'seat-added',
        });
      else if (previous.personId !== seat.personId)
        changes.push({
          date,
          seat: key,
          label: seatLabel(seat),
          beforeId: previous.personId,
          afterId: seat.personId,
          before: name(previous.personId),
          after: name(seat.personId),
          kind: 'holder-changed',
        });
    }
    for (const [key, seat] of before) {
      if (!after.has(key))
        changes.push({
          date,
          seat: key,
          label: seatLabel(seat),
          beforeId: seat.personId,
          afterId: null,
          before: name(seat.personId),
          after: null,
          kind: 'seat-removed',
        });
    }
  }
  const vacancies: VacancyFigure[] = [];
  const open = new Map<string, VacancyFigure>();
  for (const composition of days) {
    const present = new Set<string>();
    for (const seat of composition.seats) {
      const key = seatKey(seat);
      present.add(key);
      const running = open.get(key);
      if (seat.personId === null) {
        if (running) {
          running.to = composition.date;
          running.days += 1;
        } else {
          const vacancy = {
            seat: key,
            label: seatLabel(seat),
            from: composition.date,
            to: composition.date,
            days: 1,
            continues: false,
          };
          open.set(key, vacancy);
          vacancies.push(vacancy);
        }
      } else open.delete(key);
    }
    for (const key of [...open.keys()]) if (!present.has(key)) open.delete(key);
  }
  for (const vacancy of open.values()) vacancy.continues = true;

  const groupFigure = (group: SteeringFacts['groups'][number]): GroupFigure => ({
    id: group.id,
    name: group.name,
    foundedAt: group.foundedAt,
    dissolvedAt: group.dissolvedAt,
  });
  const byName = (a: { name: string }, b: { name: string }) => NAME_ORDER.compare(a.name, b.name);
  const activeGroups = facts.steering.groups
    .filter(
      (group) =>
        compareDates(group.foundedAt, last) <= 0 &&
        (group.dissolvedAt === null || compareDates(first, group.dissolvedAt) < 0),
    )
    .map(groupFigure)
    .sort(byName);

  const moderators: ModeratorFigure[] = facts.steering.groups
    .flatMap((group) =>
      (group.moderators ?? [])
        .filter(
          (tenure) =>
            compareDates(tenure.from, last) <= 0 &&
            (tenure.to === null || compareDates(first, tenure.to) <= 0),
        )
        .map((tenure) => ({
          workingGroupId: group.id,
          workingGroupName: group.name,
          personId: tenure.personId,
          personName: name(tenure.personId),
          from: later(tenure.from, first),
          to: tenure.to === null ? last : earlier(tenure.to, last),
        })),
    )
    .sort(
      (a, b) => NAME_ORDER.compare(a.workingGroupName, b.workingGroupName) || compareDates(a.from, b.from),
    );

  const heldMeetings = facts.meetings
    .filter((meeting) => HELD.has(meeting.state) && within(meeting.date, year))
    .map((meeting) => ({
      id: meeting.id,
      date: meeting.date,
      body: meeting.body,
      bodyName: bodyName(meeting.body, groupName(meeting.workingGroupId)),
      workingGroupId: meeting.workingGroupId,
      kind: meeting.kind,
      title: meeting.title,
      attendance: meeting.attendance.length,
    }))
    .sort((a, b) => compareDates(a.date, b.date) || a.title.localeCompare(b.title));
  const bodies = new Map<string, MeetingBodyFigure>();
  const bodyOf = (body: MeetingBodyFigure['body'], workingGroupId: string | null, label: string) => {
    const key = `${body}:${workingGroupId ?? ''}`;
    let figure = bodies.get(key);
    if (!figure) {
      figure = { body, workingGroupId, name: label, regular: 0, extraordinary: 0, attendance: 0 };
      bodies.set(key, figure);
    }
    return figure;
  };
  bodyOf('plenary', null, bodyName('plenary', null));
  bodyOf('steering', null, bodyName('steering', null));
  for (const group of activeGroups) bodyOf('working-group', group.id, bodyName('working-group', group.name));
  for (const meeting of heldMeetings) {
    const figure = bodyOf(meeting.body, meeting.workingGroupId, meeting.bodyName);
    figure[meeting.kind] += 1;
    figure.attendance += meeting.attendance;
  }

  const submitted = facts.recommendations
    .filter((item) => within(item.submittedOn, year))
    .map((item) => ({
      id: item.id,
      title: item.title,
      workingGroupName: groupName(item.workingGroupId),
      submittedOn: item.submittedOn as string,
      state: item.state,
      tags: [...item.tags],
      forwards: item.forwards.map(({ addressee, date, reference }) => ({ addressee, date, reference })),
      answers: item.answers.map(({ addressee, date, summary }) => ({ addressee, date, summary })),
    }))
    .sort((a, b) => compareDates(a.submittedOn, b.submittedOn) || a.title.localeCompare(b.title));
  const states = new Map<string, number>();
  for (const item of submitted) states.set(item.state, (states.get(item.state) ?? 0) + 1);
  const tags = new Map<string, number>();
  for (const item of submitted) for (const tag of new Set(item.tags)) tags.set(tag, (tags.get(tag) ?? 0) + 1);

  const appointments = facts.steering.appointments
    .filter((appointment) => !UNAPPOINTED.has(appointment.status))
    .filter((appointment) => appointment.termStart !== null && appointment.termEnd !== null)
    .map((appointment) => {
      const earlyLastDay = appointment.endedOn === null ? null : addDays(appointment.endedOn, -1);
      const termEnd = appointment.termEnd as string;
      const endedEarly = earlyLastDay !== null && compareDates(earlyLastDay, termEnd) < 0;
      return {
        endedEarly,
        figure: {
          id: appointment.id,
          seat: appointment.seat,
          label: SEAT_LABELS[appointment.seat],
          personId: appointment.personId,
          personName: name(appointment.personId),
          organizationName: organization(appointment.organizationId),
          termStart: appointment.termStart as string,
          lastDay: endedEarly ? (earlyLastDay as string) : termEnd,
        },
      };
    })
    .sort((a, b) => compareDates(a.figure.termStart, b.figure.termStart));

  return {
    year,
    compiledAt: compiledAt.toISOString(),
    workingGroups: {
      active: activeGroups,
      founded: activeGroups.filter((group) => within(group.foundedAt, year)),
      dissolved: facts.steering.groups
        .filter((group) => within(group.dissolvedAt, year))
        .map(groupFigure)
        .sort(byName),
      activeOnFirstDay: days[0].seats.filter((seat) => seat.kind === 'moderator').length,
      activeOnLastDay: days[days.length - 1].seats.filter((seat) => seat.kind === 'moderator').length,
    },
    moderators,
    composition: {
      firstDay: compositionFigure(days[0]),
      lastDay: compositionFigure(days[days.length - 1]),
      changes,
    },
    meetings: {
      byBody: [...bodies.values()].sort(
        (a, b) => BODY_ORDER[a.body] - BODY_ORDER[b.body] || NAME_ORDER.compare(a.name, b.name),
      ),
      held: heldMeetings.map(({ workingGroupId: _group, ...meeting }) => meeting),
      total: heldMeetings.length,
    },
    recommendations: {
      submitted,
      byState: [...states].map(([state, count]) => ({ state, count })).sort((a, b) => b.count - a.count),
    },
    appointments: {
      started: appointments
        .filter(({ figure }) => within(figure.termStart, year))
        .map(({ figure }) => figure),
      ended: appointments
        .filter(({ endedEarly, figure }) => endedEarly && within(figure.lastDay, year))
        .map(({ figure }) => figure),
      expired: appointments
        .filter(({ endedEarly, figure }) => !endedEarly && within(figure.lastDay, year))
        .map(({ figure }) => figure),
    },
    vacancies,
    tags: [...tags]
      .map(([tag, recommendations]) => ({ tag, recommendations }))
      .sort((a, b) => b.recommendations - a.recommendations || NAME_ORDER.compare(a.tag, b.tag)),
  };
}

function bodyName(body: MeetingBodyFigure['body'], groupName: string | null): string {
  return body === 'working-group' ? `Arbeitsgruppe „${groupName ?? '?'}“` : BODY_LABELS[body];
}

/**
 * The figures with people's names from their ids. The report keeps only ids (its figures are in the process's
 * chained history, which erasure cannot rewrite); names are read when the report is shown, so an erased
 * person appears under the pseudonym.
 */
export function nameFigures(figures: AnnualFigures, people: ReadonlyMap<string, string>): AnnualFigures {
  const name = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  const seats = (composition: CompositionFigure): CompositionFigure => ({
    ...composition,
    seats: composition.seats.map((seat) => ({ ...seat, personName: name(seat.personId) })),
  });
  const appointments = (list: AppointmentFigure[]) =>
    list.map((figure) => ({ ...figure, personName: name(figure.personId) }));
  return {
    ...figures,
    moderators: figures.moderators.map((tenure) => ({ ...tenure, personName: name(tenure.personId) })),
    composition: {
      firstDay: seats(figures.composition.firstDay),
      lastDay: seats(figures.composition.lastDay),
      changes: figures.composition.changes.map((change) => ({
        ...change,
        before: name(change.beforeId),
        after: name(change.afterId),
      })),
    },
    appointments: {
      started: appointments(figures.appointments.started),
      ended: appointments(figures.appointments.ended),
      expired: appointments(figures.appointments.expired),
    },
  };
}

/** Every person the figures name by id. */
export function peopleInFigures(figures: AnnualFigures): string[] {
  const ids = [
    ...figures.moderators.map((tenure) => tenure.personId),
    ...figures.composition.firstDay.seats.map((seat) => seat.personId),
    ...figures.composition.lastDay.seats.map((seat) => seat.personId),
    ...figures.composition.changes.flatMap((change) => [change.beforeId, change.afterId]),
    ...Object.values(figures.appointments).flatMap((list: AppointmentFigure[]) =>
      list.map((figure) => figure.personId),
    ),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
