import { HttpStatus } from '@nestjs/common';
import type { ErrorParams } from '@gremium/workflow';

export interface ErrorBody {
  statusCode: number;
  error: string;
  /** English, for logs and API clients; the dashboard words `key` with `params` instead. */
  message: string;
  /** Stable message key (ENGINE_ERRORS, COUNCIL_ERRORS, API_ERRORS). */
  key: string;
  params: ErrorParams;
  details?: unknown;
}

/** The key of an answer whose site names none: one per status. */
const KEY_OF_STATUS: Record<number, string> = {
  400: 'validation.invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'request.too_large',
  429: 'rate_limited',
};

export function errorBody(
  statusCode: number,
  message: string,
  details?: unknown,
  key: string = KEY_OF_STATUS[statusCode] ?? 'internal',
  params: ErrorParams = {},
): ErrorBody {
  const error =
    HttpStatus[statusCode]
      ?.split('_')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ') ?? 'Error';
  return details === undefined
    ? { statusCode, error, message, key, params }
    : { statusCode, error, message, key, params, details };
}
