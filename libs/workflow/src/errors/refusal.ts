import type { WorkflowErrorCode } from './workflow.error';

/** Why a command may not be applied; recorded on a rejected command, or answered 403/409 by the API. */
export interface Refusal {
  code: Extract<
    WorkflowErrorCode,
    'FORBIDDEN' | 'COMMAND_NOT_ALLOWED' | 'CONFLICT' | 'VALIDATION_FAILED' | 'MIGRATION_NOT_COVERED'
  >;
  reason: string;
  details?: Record<string, unknown> | { field: string; message: string }[];
}

export const forbidden = (reason: string): Refusal => ({ code: 'FORBIDDEN', reason });
export const conflict = (reason: string, details?: Record<string, unknown>): Refusal => ({
  code: 'CONFLICT',
  reason,
  details,
});

/** A 400 that names the offending field. */
export const invalidField = (field: string, message: string): Refusal => ({
  code: 'VALIDATION_FAILED',
  reason: `${field} ${message}`,
  details: [{ field, message }],
});
