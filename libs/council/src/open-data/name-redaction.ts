/** What stands for a person who did not consent to be named (nomen nescio). */
export const UNNAMED = 'N. N.';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces, in every published text, the names of people without a public profile: free texts (an agenda
 * item's title, a result, an answer's summary) may quote anybody. A full stop right after the name merges
 * with the pseudonym's own ("Hinweis von N. N.", not "N. N..").
 */
export function nameRedactor(names: readonly string[]): (text: string) => string {
  const quoted = [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (quoted.length === 0) return (text) => text;
  const matcher = new RegExp(`(?:${quoted.map(escapeRegExp).join('|')})\\.?`, 'gi');
  return (text) => text.replace(matcher, UNNAMED);
}
