import { KEY_OF_CODE, type WorkflowErrorCode } from './error-catalog';

export type { WorkflowErrorCode } from './error-catalog';

export interface FieldProblem {
  field: string;
  message: string;
  /** A stable message key (e.g. `meeting.in_future`) and its parameters, for the dashboard to word. */
  key?: string;
  params?: Record<string, string | number>;
}

/**
 * A typed refusal of the engine or the domain; the API maps `code` to an HTTP status and answers `key`
 * with `params` for the dashboard to word (by default the key of the code's kind, see KEY_OF_CODE).
 */
export class WorkflowError extends Error {
  readonly key: string;

  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly details?: Record<string, unknown> | FieldProblem[],
    key?: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'WorkflowError';
    this.key = key ?? KEY_OF_CODE[code];
  }
}

export class NotFoundError extends WorkflowError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist`, undefined, 'not_found', { what });
  }
}
