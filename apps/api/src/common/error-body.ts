import { HttpStatus } from '@nestjs/common';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

export function errorBody(statusCode: number, message: string, details?: unknown): ErrorBody {
  const error =
    HttpStatus[statusCode]
      ?.split('_')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ') ?? 'Error';
  return details === undefined ? { statusCode, error, message } : { statusCode, error, message, details };
}
