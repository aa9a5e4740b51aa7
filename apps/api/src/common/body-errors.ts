import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './error-body';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Answers what body-parser refuses in the API's error shape, before Nest sees the request. */
export function bodyErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as BodyParserError;
  if (type === 'entity.parse.failed') {
    response
      .status(400)
      .json(errorBody(400, 'malformed JSON in request body', undefined, 'request.malformed_json'));
  } else if (type === 'entity.too.large') {
    response.status(413).json(errorBody(413, 'request body too large', undefined, 'request.too_large'));
  } else if (status && status >= 400 && status < 500) {
    response
      .status(status)
      .json(
        errorBody(status, `unreadable request body (${type ?? 'unknown'})`, undefined, 'request.unreadable'),
      );
  } else {
    next(error);
  }
}
