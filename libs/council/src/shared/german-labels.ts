export const SEAT_LABELS = {
  coordination: 'Koordinierungsstelle',
  moderator: 'Moderation',
  police: 'Polizeiinspektion',
  provider: 'Freier Träger',
  science: 'Wissenschaft',
} as const;

/** 2026-03-14 → 14.03.2026 */
export function formatGermanDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

const GERMAN_DAY = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const GERMAN_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Berlin wall-clock time: "Montag, 30.03.2026". */
export const germanDay = (instant: Date): string => GERMAN_DAY.format(instant);
/** "10:00" */
export const germanTime = (instant: Date): string => GERMAN_TIME.format(instant);
/** "Montag, 30.03.2026, 10:00–12:00 Uhr" (a meeting's time in Berlin). */
export const germanPeriod = (start: Date, end: Date): string =>
  `${germanDay(start)}, ${germanTime(start)}–${germanTime(end)} Uhr`;

export const BODY_LABELS = {
  plenary: 'Vollversammlung',
  steering: 'Steuerungsgruppe',
  'working-group': 'Arbeitsgruppe',
} as const;
