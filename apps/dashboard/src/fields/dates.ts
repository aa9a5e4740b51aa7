/** Calendar dates (`YYYY-MM-DD`) on the council's clock, Europe/Berlin (api.md). */

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Europe/Berlin (en-CA formats as YYYY-MM-DD). */
export const berlinToday = (now: number = Date.now()) => BERLIN_DAY.format(now);

const DAY_MS = 86_400_000;
const utcMidnight = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
};

/** Whole calendar days from `from` to `to` (negative when `to` lies before), never shifted by DST. */
export const daysBetween = (from: string, to: string) =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

export const addDays = (date: string, days: number) =>
  new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);

/** A calendar date in the user's language, e.g. 05.02.2027. */
export const formatDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcMidnight(date));

/** How an instant is shown: in the user's language, on Berlin's clock, e.g. 30.11.2026, 23:55. */
export const DATE_TIME: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
};

export const formatDateTime = (instant: string, locale: string) =>
  new Intl.DateTimeFormat(locale, DATE_TIME).format(new Date(instant));

/** Position of a date on a time axis, in milliseconds since the epoch (UTC midnight). */
export const dateValue = utcMidnight;
