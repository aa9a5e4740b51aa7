import { formatDate } from '../fields/dates';

/** One entry of an error's `details`: the field, the server's English text, and its stable key. */
export interface CodedProblem {
  field: string;
  message: string;
  key?: string;
  params?: Record<string, string | number>;
}

type Translate = (key: string, options?: object) => string;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function wordParam(name: string, value: string | number, translate: Translate, locale: string): string {
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) return formatDate(value, locale);
  if (name === 'body') return translate(`gremium.bodies.${value}`, { _: String(value) });
  if (name === 'kind') return translate(`gremium.organization_kinds.${value}`, { _: String(value) });
  if (name === 'seat') return translate(`gremium.organization_kinds.${value}`, { _: String(value) });
  return String(value);
}

/** An error key in the user's language (`gremium.errors.<key>`), dates as dd.MM.yyyy; else `fallback`. */
export function wordKey(
  key: string | undefined,
  params: Record<string, string | number> | undefined,
  fallback: string,
  translate: Translate,
  locale: string,
): string {
  if (!key) return fallback;
  const args = Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, wordParam(name, value, translate, locale)]),
  );
  return translate(`gremium.errors.${key}`, { _: fallback, ...args });
}

/** A field problem in the user's language; else the server's text. */
export const wordProblem = (problem: CodedProblem, translate: Translate, locale: string): string =>
  wordKey(problem.key, problem.params, problem.message, translate, locale);
