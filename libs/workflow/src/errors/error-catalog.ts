/** The kinds of refusal the API maps to HTTP statuses. */
export type WorkflowErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNKNOWN_COMMAND'
  | 'UNKNOWN_DEFINITION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'COMMAND_NOT_ALLOWED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'MIGRATION_NOT_COVERED'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED';

/** The parameters a message key is worded with (names, dates as YYYY-MM-DD, counts). */
export type ErrorParams = Record<string, string | number>;

/**
 * Every message key the engine itself may answer with, and its English wording (`{name}` marks a
 * parameter). The dashboard words each key in German and English (a test holds both catalogues to
 * this list); a domain adds its own catalogue the same way.
 */
export const ENGINE_ERRORS = {
  forbidden: 'you may not do this',
  conflict: 'this contradicts the current data',
  not_found: 'this does not exist',
  'command.not_allowed': '{command} is not possible in this state',
  'command.unknown': 'unknown command {command}',
  'command.account_gone': 'the account that sent this command no longer exists',
  'operator.only': 'only the {role} role may do this',
  'migration.unknown_version': 'is not a version of {definition}',
  'migration.not_covered':
    'version {toVersion} of {definition} does not take over a process in state {state}',
  'definition.unknown': 'unknown process definition {definition}',
  idempotency_conflict: 'this request was already sent with other data',
  unauthenticated: 'not logged in',
  rate_limited: 'too many attempts; try again later',
  internal: 'internal error',
  'validation.invalid': 'is not valid',
  'validation.required': 'is required',
  'validation.invalid_type': 'must be a {expected}',
  'validation.too_small': 'must be at least {minimum}',
  'validation.too_short': 'must have at least {minimum} characters',
  'validation.too_big': 'must be at most {maximum}',
  'validation.too_long': 'must have at most {maximum} characters',
  'validation.too_few': 'must have at least {minimum} entries',
  'validation.too_many': 'must have at most {maximum} entries',
  'validation.not_integer': 'must be a whole number',
  'validation.invalid_choice': 'is not one of the choices',
  'validation.invalid_format': 'is not a valid {format}',
  'validation.unknown_field': 'is not a known field',
  'validation.calendar_date': 'must be a calendar date YYYY-MM-DD',
} as const;

export type EngineErrorKey = keyof typeof ENGINE_ERRORS;

/** The key a refusal has when its site names none: one per kind of error. */
export const KEY_OF_CODE: Record<WorkflowErrorCode, EngineErrorKey> = {
  VALIDATION_FAILED: 'validation.invalid',
  UNKNOWN_COMMAND: 'command.unknown',
  UNKNOWN_DEFINITION: 'definition.unknown',
  NOT_FOUND: 'not_found',
  FORBIDDEN: 'forbidden',
  COMMAND_NOT_ALLOWED: 'command.not_allowed',
  MIGRATION_NOT_COVERED: 'migration.not_covered',
  IDEMPOTENCY_CONFLICT: 'idempotency_conflict',
  CONFLICT: 'conflict',
  UNAUTHENTICATED: 'unauthenticated',
  RATE_LIMITED: 'rate_limited',
};

/** "must be at least {minimum}" with { minimum: 3 } → "must be at least 3". */
export function wordEnglish(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
