import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { WorkflowError, type WorkflowErrorCode } from '@gremium/workflow';
import { errorBody } from './error-body';

const STATUS_BY_CODE: Record<WorkflowErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNKNOWN_COMMAND: 400,
  UNKNOWN_DEFINITION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  COMMAND_NOT_ALLOWED: 409,
  IDEMPOTENCY_CONFLICT: 409,
  MIGRATION_NOT_COVERED: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function statusOf(code: string): number {
  return STATUS_BY_CODE[code as WorkflowErrorCode] ?? 500;
}

/** The one place errors become HTTP: typed codes to statuses, anything unknown logged as 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toBody(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(body);
  }

  private toBody(exception: unknown): [number, ReturnType<typeof errorBody>] {
    if (exception instanceof WorkflowError) {
      const status = statusOf(exception.code);
      return [status, errorBody(status, exception.message, exception.details ?? { code: exception.code })];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      if (typeof raw === 'object' && raw && 'statusCode' in raw && 'error' in raw && 'message' in raw) {
        const candidate = raw as { message: unknown; details?: unknown };
        const message = Array.isArray(candidate.message)
          ? candidate.message.join('; ')
          : String(candidate.message);
        return [status, errorBody(status, message, candidate.details)];
      }
      return [status, errorBody(status, typeof raw === 'string' ? raw : exception.message)];
    }
    return [500, errorBody(500, 'internal error')];
  }
}
