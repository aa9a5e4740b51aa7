import type { z } from 'zod';
import type { EngineErrorKey, ErrorParams } from './error-catalog';
import type { FieldProblem } from './workflow.error';

type Issue = z.core.$ZodIssue;

const CALENDAR_DATE_MESSAGE = 'must be a calendar date YYYY-MM-DD';

function keyOf(issue: Issue): [EngineErrorKey, ErrorParams] {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? ['validation.required', {}]
        : ['validation.invalid_type', { expected: String(issue.expected) }];
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? ['validation.required', {}] : ['validation.too_short', { minimum }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['validation.too_few', { minimum }];
      return ['validation.too_small', { minimum }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return ['validation.too_long', { maximum }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['validation.too_many', { maximum }];
      return ['validation.too_big', { maximum }];
    }
    case 'invalid_value':
      return ['validation.invalid_choice', {}];
    case 'invalid_format':
      return ['validation.invalid_format', { format: issue.format }];
    case 'unrecognized_keys':
      return ['validation.unknown_field', {}];
    case 'not_multiple_of':
      return ['validation.not_integer', {}];
    case 'custom':
      return issue.message === CALENDAR_DATE_MESSAGE
        ? ['validation.calendar_date', {}]
        : ['validation.invalid', {}];
    default:
      return ['validation.invalid', {}];
  }
}

/** Zod's issues as field problems, each with a stable key (the English message stays for logs). */
export function zodProblems(error: z.ZodError, root?: string): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const [key, params] = keyOf(issue);
    const path = [...(root ? [root] : []), ...issue.path.map(String)];
    // An unknown field is named by its own path, not its parent's.
    const fields =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((name) => [...path, name].join('.'))
        : [path.join('.') || '(body)'];
    return fields.map((field) => ({ field, message: issue.message, key, params }));
  });
}
