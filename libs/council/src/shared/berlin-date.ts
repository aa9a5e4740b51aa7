const BERLIN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Europe/Berlin at an instant. */
export function berlinDate(instant: Date | number): string {
  return BERLIN.format(instant);
}
