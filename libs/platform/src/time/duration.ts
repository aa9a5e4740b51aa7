const PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses the ISO 8601 durations the rules of procedure use (weeks, days, hours, minutes, seconds)
 * into milliseconds. Years and months are refused: their length depends on the calendar.
 */
export function parseDuration(value: string): number {
  const match = PATTERN.exec(value);
  if (!match || value === 'P' || value.endsWith('T'))
    throw new RangeError(`not an ISO 8601 duration: ${value}`);
  const [, weeks, days, hours, minutes, seconds] = match;
  const num = (part: string | undefined) => (part ? Number(part) : 0);
  return Math.round(
    ((((num(weeks) * 7 + num(days)) * 24 + num(hours)) * 60 + num(minutes)) * 60 + num(seconds)) * 1000,
  );
}
