import { ENGINE_ERRORS, wordEnglish, type EngineErrorKey, type ErrorParams } from './error-catalog';
import type { FieldProblem, WorkflowErrorCode } from './workflow.error';

/**
 * Why a command may not be applied; recorded on a rejected command, or answered 403/409 by the API.
 * `key` (with `params`) is stable and worded by the dashboard; `reason` is the English text for logs.
 */
export interface Refusal {
  code: Extract<
    WorkflowErrorCode,
    'FORBIDDEN' | 'COMMAND_NOT_ALLOWED' | 'CONFLICT' | 'VALIDATION_FAILED' | 'MIGRATION_NOT_COVERED'
  >;
  reason: string;
  key: string;
  params?: ErrorParams;
  details?: Record<string, unknown> | FieldProblem[];
}

/** A message key with its English wording, from a catalogue (`ENGINE_ERRORS` or a domain's). */
export interface Coded {
  key: string;
  english: string;
  params?: ErrorParams;
}

/** The engine's own keys, worded from ENGINE_ERRORS. */
export const engineCoded = (key: EngineErrorKey, params?: ErrorParams): Coded => ({
  key,
  english: ENGINE_ERRORS[key],
  params,
});

const wordingOf = ({ english, params }: Coded) => wordEnglish(english, params);

export const forbidden = (coded: Coded): Refusal => ({
  code: 'FORBIDDEN',
  reason: wordingOf(coded),
  key: coded.key,
  params: coded.params ?? {},
});

export const conflict = (coded: Coded, details?: Record<string, unknown>): Refusal => ({
  code: 'CONFLICT',
  reason: wordingOf(coded),
  key: coded.key,
  params: coded.params ?? {},
  details,
});

/** A 400 that names the offending field. */
export const invalidField = (field: string, coded: Coded): Refusal => {
  const message = wordingOf(coded);
  return {
    code: 'VALIDATION_FAILED',
    reason: `${field} ${message}`,
    key: coded.key,
    params: coded.params ?? {},
    details: [{ field, message, key: coded.key, params: coded.params ?? {} }],
  };
};

/** A 409 about one field's value (it contradicts the data). */
export const conflictOn = (field: string, coded: Coded): Refusal => {
  const message = wordingOf(coded);
  return {
    code: 'CONFLICT',
    reason: `${field} ${message}`,
    key: coded.key,
    params: coded.params ?? {},
    details: [{ field, message, key: coded.key, params: coded.params ?? {} }],
  };
};
