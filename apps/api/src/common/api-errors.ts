/**
 * The message keys only the HTTP layer answers with (besides the engine's and the council's), and their
 * English wording. The dashboard words each in German and English (checked by error-catalog.spec.ts).
 */
export const API_ERRORS = {
  'request.malformed_json': 'malformed JSON in request body',
  'request.too_large': 'request body too large',
  'request.unreadable': 'unreadable request body',
  'role.required': 'needs the role {roles}',
  'list.invalid_query': 'is not a valid list query',
  'search.length': 'must have {min} to {max} characters',
} as const;

export type ApiErrorKey = keyof typeof API_ERRORS;
