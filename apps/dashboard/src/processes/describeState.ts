import type { TranslateFunction } from 'react-admin';

/**
 * An XState state value in words: `"founded"`, or for parallel regions
 * `{"proposed":{"steering":"granted","plenary":"pending"}}` → "Vorgeschlagen (Steuerungsgruppe: Zugestimmt, …)".
 */
export function describeState(state: unknown, translate: TranslateFunction): string {
  const label = (name: string) => translate(`gremium.states.${name}`, { _: name });
  if (typeof state === 'string') return label(state);
  if (typeof state !== 'object' || state === null) return '';
  return Object.entries(state)
    .map(([name, inner]) =>
      typeof inner === 'string'
        ? `${label(name)}: ${label(inner)}`
        : `${label(name)} (${describeState(inner, translate)})`,
    )
    .join(', ');
}
