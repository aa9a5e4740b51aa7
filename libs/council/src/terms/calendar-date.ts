/**
 * Calendar dates ('YYYY-MM-DD', proleptic Gregorian, years 0001–9999) and their link to instants in
 * Europe/Berlin. Date arithmetic works on day numbers, never on milliseconds, so it cannot be
 * disturbed by daylight-saving changes.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const BERLIN_WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  calendar: 'gregory',
  numberingSystem: 'latn',
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a calendar date into numbers; throws a RangeError for anything that is not one. */
export function parseCalendarDate(date: string): DateParts {
  if (!isCalendarDate(date))
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatCalendarDate(year: number, month: number, day: number): string {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  return date;
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil), in plain integer arithmetic.
function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// The inverse of toDayNumber (H. Hinnant's civil_from_days).
function fromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

export function addDays(date: string, days: number): string {
  assertInteger(days, 'days');
  const { year, month, day } = fromDayNumber(toDayNumber(parseCalendarDate(date)) + days);
  return formatCalendarDate(year, month, day);
}

/** Negative when a is before b, 0 when equal, positive when a is after b (usable with Array.sort). */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const difference = daysBetween(b, a);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** b − a in calendar days. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(parseCalendarDate(b)) - toDayNumber(parseCalendarDate(a));
}

function toMilliseconds(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid instant');
  return ms;
}

interface WallClock extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

function berlinWallClock(ms: number): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of BERLIN_WALL_CLOCK.formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  if (parts.era !== 'AD' || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`instant outside the years ${MIN_YEAR}–${MAX_YEAR}: ${ms}`);
  }
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

// Berlin wall-clock time minus UTC at an instant, in milliseconds (+3_600_000 in winter).
function berlinOffset(ms: number): number {
  const wall = berlinWallClock(ms);
  const wallAsUtc =
    toDayNumber(wall) * MS_PER_DAY + ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000;
  return wallAsUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** The calendar date in Europe/Berlin at an instant. */
export function berlinDateOf(instant: Date | number): string {
  const { year, month, day } = berlinWallClock(toMilliseconds(instant));
  return formatCalendarDate(year, month, day);
}

/** The instant at which the calendar date begins in Europe/Berlin (00:00 local time). */
export function berlinMidnight(date: string): Date {
  return berlinWallTime(date, 0, 0);
}

/** The instant of a Berlin wall-clock time on a calendar date (a time skipped by DST is refused). */
export function berlinWallTime(date: string, hour: number, minute: number): Date {
  const wallAsUtc = toDayNumber(parseCalendarDate(date)) * MS_PER_DAY + (hour * 60 + minute) * 60_000;
  // The offset at the UTC guess can differ from the one at the true local time when a
  // DST change falls between them, so it is taken a second time at the first candidate.
  let candidate = wallAsUtc - berlinOffset(wallAsUtc);
  candidate = wallAsUtc - berlinOffset(candidate);
  if (berlinOffset(candidate) !== wallAsUtc - candidate) {
    throw new RangeError(`${hour}:${minute} does not exist in Europe/Berlin on ${date}`);
  }
  return new Date(candidate);
}
