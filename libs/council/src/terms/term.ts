import {
  addDays,
  berlinMidnight,
  compareDates,
  daysInMonth,
  formatCalendarDate,
  parseCalendarDate,
} from './calendar-date';

/**
 * The last day (inclusive) of a term of `years` years beginning on `start` (R7), per §§ 187(2),
 * 188(2),(3) BGB: the start day counts, so the term ends at the end of the day before the day that
 * corresponds, `years` later, to the start day; where that day does not exist (29 February in a common
 * year), it ends at the end of the last day of that month.
 */
export function termLastDay(start: string, years = 2): string {
  if (!Number.isSafeInteger(years) || years < 1) {
    throw new RangeError(`years must be a positive integer, got ${years}`);
  }
  const { year, month, day } = parseCalendarDate(start);
  const endYear = year + years;
  if (day > daysInMonth(endYear, month))
    return formatCalendarDate(endYear, month, daysInMonth(endYear, month));
  return addDays(formatCalendarDate(endYear, month, day), -1);
}

/** The instant a term is over: 00:00 Europe/Berlin on the day after its last day. */
export function termExpiresAt(lastDay: string): Date {
  return berlinMidnight(addDays(lastDay, 1));
}

export interface TermDates {
  termStart: string;
  /** The last day in office, inclusive. */
  termEnd: string;
  /** After an early end: the first day the seat is vacant. */
  endedOn?: string | null;
}

/** Whether the holder of a term is in office on a calendar date. */
export function isInOffice({ termStart, termEnd, endedOn }: TermDates, date: string): boolean {
  return (
    compareDates(termStart, date) <= 0 &&
    compareDates(date, termEnd) <= 0 &&
    (endedOn == null || compareDates(date, endedOn) < 0)
  );
}
