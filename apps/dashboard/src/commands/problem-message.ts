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
  return String(value);
}

/** The problem in the user's language (`gremium.errors.<key>`), its dates as dd.MM.yyyy; else the server's text. */
export function wordProblem(problem: CodedProblem, translate: Translate, locale: string): string {
  if (!problem.key) return problem.message;
  const args = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [
      name,
      wordParam(name, value, translate, locale),
    ]),
  );
  return translate(`gremium.errors.${problem.key}`, { _: problem.message, ...args });
}
