import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './error-body';

/** The first string in a value that PostgreSQL or the validators cannot take: a NUL or a lone surrogate. */
export function unusableText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') || !value.isWellFormed() ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, item] of Object.entries(value)) {
    const name = path ? `${path}.${key}` : key;
    const found = unusableText(key, name, depth + 1) ?? unusableText(item, name, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Answers text that could never be stored with a 400 naming the field, before anything looks at it. */
export function textGuard(request: Request, response: Response, next: NextFunction): void {
  const field =
    unusableText(request.body, '') ?? unusableText(request.query, '') ?? unusableText(request.params, '');
  if (!field) return next();
  const message = 'contains a NUL character or malformed unicode';
  response
    .status(400)
    .json(errorBody(400, `${field || 'body'} ${message}`, [{ field: field || '(body)', message }]));
}
