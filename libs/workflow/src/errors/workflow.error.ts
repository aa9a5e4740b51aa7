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

export interface FieldProblem {
  field: string;
  message: string;
}

/** A typed refusal of the engine or the domain; the API maps `code` to an HTTP status. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly details?: Record<string, unknown> | FieldProblem[],
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

export class NotFoundError extends WorkflowError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist`);
  }
}
