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
