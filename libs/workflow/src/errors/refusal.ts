import type { FieldProblem, WorkflowErrorCode } from './workflow.error';

/** Why a command may not be applied; recorded on a rejected command, or answered 403/409 by the API. */
export interface Refusal {
  code: Extract<
    WorkflowErrorCode,
    'FORBIDDEN' | 'COMMAND_NOT_ALLOWED' | 'CONFLICT' | 'VALIDATION_FAILED' | 'MIGRATION_NOT_COVERED'
  >;
  reason: string;
  details?: Record<string, unknown> | FieldProblem[];
}

export const forbidden = (reason: string): Refusal => ({ code: 'FORBIDDEN', reason });
export const conflict = (reason: string, details?: Record<string, unknown>): Refusal => ({
  code: 'CONFLICT',
  reason,
  details,
});

/** A 400 that names the offending field. */
export const invalidField = (
  field: string,
  message: string,
  key?: string,
  params?: Record<string, string | number>,
): Refusal => ({
  code: 'VALIDATION_FAILED',
  reason: `${field} ${message}`,
  details: [key ? { field, message, key, params: params ?? {} } : { field, message }],
});

/** A 409 about one field's value (it contradicts the data), with a stable key and its parameters. */
export const conflictOn = (
  field: string,
  message: string,
  key: string,
  params: Record<string, string | number> = {},
): Refusal => ({
  code: 'CONFLICT',
  reason: `${field} ${message}`,
  details: [{ field, message, key, params }],
});
