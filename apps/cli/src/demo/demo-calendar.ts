import {
  addDays,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  parseCalendarDate,
  termLastDay,
} from '@gremium/council';

/** 0 = Monday … 6 = Sunday (2024-01-01 was a Monday). */
export function weekday(date: string): number {
  return ((daysBetween('2024-01-01', date) % 7) + 7) % 7;
}

const TUESDAY = 1;
const WEDNESDAY = 2;
const THURSDAY = 3;

export function onOrBefore(date: string, wanted: number): string {
  return addDays(date, -((weekday(date) - wanted + 7) % 7));
}

export function onOrAfter(date: string, wanted: number): string {
  return addDays(date, (wanted - weekday(date) + 7) % 7);
}

/** Councils meet Monday to Thursday: the date itself or the next such day. */
export function meetingDayFrom(date: string): string {
  let day = date;
  while (weekday(day) > THURSDAY) day = addDays(day, 1);
  return day;
}

export function lastMeetingDayUpTo(date: string): string {
  let day = date;
  while (weekday(day) > THURSDAY) day = addDays(day, -1);
  return day;
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const { year, month, day } = parseCalendarDate(date);
  return formatCalendarDate(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

/**
 * The latest start day whose term (R7, §§ 187(2), 188(2),(3) BGB, as `termLastDay` computes it) ends on
 * `lastDay`, or null when no start day does (e.g. 28 February of a leap year for two-year terms).
 */
export function termStartFor(lastDay: string, years = 2): string | null {
  const guess = addYears(addDays(lastDay, 1), -years);
  for (let offset = 3; offset >= -3; offset--) {
    const start = addDays(guess, offset);
    if (termLastDay(start, years) === lastDay) return start;
  }
  return null;
}

export interface DemoQuarter {
  /** e.g. "I/2027" */
  label: string;
  /** R5: the steering group meets first … */
  steering: string;
  /** … then each working group (R4), on its own day. */
  groupMeetings: string[];
  lastDay: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function quarterStart(date: string): string {
  const { year, month } = parseCalendarDate(date);
  return formatCalendarDate(year, month - ((month - 1) % 3), 1);
}

function quarterAfter(start: string): string {
  const { year, month } = parseCalendarDate(start);
  return month === 10 ? formatCalendarDate(year + 1, 1, 1) : formatCalendarDate(year, month + 3, 1);
}

function quarterOf(start: string, groups: number): DemoQuarter {
  const { year, month } = parseCalendarDate(start);
  const steering = onOrAfter(addDays(start, 13), TUESDAY);
  const groupMeetings: string[] = [];
  let day = addDays(steering, 7);
  while (groupMeetings.length < groups) {
    day = meetingDayFrom(day);
    groupMeetings.push(day);
    day = addDays(day, 1);
  }
  return {
    label: `${ROMAN[(month - 1) / 3]}/${year}`,
    steering,
    groupMeetings,
    lastDay: addDays(quarterAfter(start), -1),
  };
}

/** Every date of the demo, fixed by the day of the first run (the anchor) so that later runs agree. */
export interface DemoTimeline {
  anchor: string;
  coordinationSince: string;
  /** Regular plenary two years ago: the police seat was appointed there (term ends within 90 days). */
  policePlenary: string;
  policeLastDay: string;
  /** Regular plenary a year later: the provider seat. */
  providerPlenary: string;
  /** The steering group consented to the four working groups and adopted the rules of procedure (R9). */
  steeringMeeting: string;
  /** Extraordinary plenary of the restructuring: founded the groups (R8, R11), appointed the science seat. */
  foundingPlenary: string;
  /** The next regular plenary, about a year after the provider's and before the police term ends. */
  nextPlenary: string;
  quarters: DemoQuarter[];
}

/** The police term is to end 75 days after the anchor (or a few days earlier, so that it began on a weekday). */
const POLICE_DAYS_LEFT = 75;

function policeTerm(anchor: string): { start: string; lastDay: string } {
  for (let days = POLICE_DAYS_LEFT; days > 30; days--) {
    const lastDay = addDays(anchor, days);
    const start = termStartFor(lastDay);
    if (start && weekday(start) <= THURSDAY) return { start, lastDay };
  }
  throw new Error(`no police term ending 30 to ${POLICE_DAYS_LEFT} days after ${anchor}`);
}

export function demoTimeline(anchor: string, groups: number): DemoTimeline {
  const police = policeTerm(anchor);
  const providerPlenary = meetingDayFrom(addYears(police.start, 1));
  const steeringMeeting = onOrBefore(addDays(anchor, -14), TUESDAY);
  const { year, month } = parseCalendarDate(anchor);
  const quarters: DemoQuarter[] = [];
  let start = quarterAfter(quarterStart(anchor));
  for (let i = 0; i < 4; i++, start = quarterAfter(start)) quarters.push(quarterOf(start, groups));
  return {
    anchor,
    coordinationSince:
      month > 2 ? formatCalendarDate(year, month - 2, 1) : formatCalendarDate(year - 1, month + 10, 1),
    policePlenary: police.start,
    policeLastDay: police.lastDay,
    providerPlenary,
    steeringMeeting,
    foundingPlenary: onOrBefore(addDays(anchor, -7), WEDNESDAY),
    // A year after the last one, and early enough to appoint the police seat's successor in time.
    nextPlenary: lastMeetingDayUpTo(minDate(addYears(providerPlenary, 1), addDays(police.lastDay, -7))),
    quarters,
  };
}
