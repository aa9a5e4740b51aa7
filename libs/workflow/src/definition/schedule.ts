import type { EntityManager } from '@mikro-orm/postgresql';
import { RRule } from 'rrule';

/** One occurrence of a schedule: the instant, and its wall-clock date and time in the schedule's zone. */
export interface Occurrence {
  at: Date;
  /** YYYY-MM-DD in the schedule's time zone. */
  date: string;
  /** HH:MM in the schedule's time zone. */
  time: string;
  year: number;
  month: number;
  day: number;
}

/**
 * A recurring start of a process, declared on its definition. The rule is an RFC 5545 RRULE in wall-clock
 * time of `tz` (00:00 unless it says BYHOUR/BYMINUTE; INTERVAL counts from 2000-01-01), e.g.
 * `FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15` for every 15 January. Each occurrence starts one process, with the
 * input `input` gives for it; after downtime only the latest missed occurrence starts.
 */
export interface Schedule<TInput> {
  rrule: string;
  tz: string;
  /** The rule as the data says now (e.g. from a setting), read at every sweep; null keeps `rrule`. */
  rruleFrom?: (em: EntityManager) => Promise<string | null>;
  input: (occurrence: Occurrence) => TInput;
}

// The anchor of every rule: its time of day (00:00) and where INTERVAL counts from.
const ANCHOR = new Date(Date.UTC(2000, 0, 1));

/** Parses a rule (throws a RangeError naming it when it is not a valid RRULE). */
export function parseRule(rule: string): RRule {
  try {
    const options = RRule.parseString(rule);
    if (options.freq === undefined) throw new Error('FREQ is missing');
    return new RRule({ ...options, dtstart: ANCHOR, tzid: null });
  } catch (error) {
    throw new RangeError(`invalid recurrence rule ${JSON.stringify(rule)}: ${String(error)}`);
  }
}

/** `--MM-DD` (an XML Schema gMonthDay, as settings write a yearly date) → the yearly rule for that day. */
export function yearlyOn(monthDay: string): string {
  const match = /^--(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) throw new RangeError(`${JSON.stringify(monthDay)} is not a day of the year like --01-15`);
  return `FREQ=YEARLY;BYMONTH=${Number(match[1])};BYMONTHDAY=${Number(match[2])}`;
}

/** The first occurrence strictly after `instant`. */
export function nextOccurrence(rule: string, tz: string, instant: Date): Occurrence | null {
  const wall = parseRule(rule).after(new Date(wallClockAsUtc(instant, tz)), false);
  return wall ? occurrenceAt(wall, tz) : null;
}

/** The latest occurrence at or before `instant`. */
export function latestOccurrence(rule: string, tz: string, instant: Date): Occurrence | null {
  const wall = parseRule(rule).before(new Date(wallClockAsUtc(instant, tz)), true);
  return wall ? occurrenceAt(wall, tz) : null;
}

function occurrenceAt(wall: Date, tz: string): Occurrence {
  const iso = wall.toISOString();
  return {
    at: instantOfWallClock(wall.getTime(), tz),
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time in `tz` at an instant, as milliseconds read as if it were UTC (whole seconds). */
function wallClockAsUtc(instant: Date, tz: string): number {
  let format = formats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(tz, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const field = (name: string) => Number(parts[name]);
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
}

/** The instant a wall-clock time in `tz` happens (a time skipped by a DST change: an hour later). */
function instantOfWallClock(wallMs: number, tz: string): Date {
  const offsetAt = (ms: number) => wallClockAsUtc(new Date(ms), tz) - Math.floor(ms / 1000) * 1000;
  // The offset at the first guess can differ from the one at the true instant across a DST change.
  let guess = wallMs - offsetAt(wallMs);
  guess = wallMs - offsetAt(guess);
  return new Date(guess);
}
