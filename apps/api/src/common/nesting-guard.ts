import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './error-body';

/** No request of this API nests deeper; the text guard and the validators walk no further. */
export const MAX_BODY_DEPTH = 32;

/** How deep arrays and objects nest in a parsed JSON value (iterative: a hostile depth cannot overflow the stack). */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** Refuses a body nested deeper than any request needs with 400, before validation recurses into it. */
export function nestingGuard(request: Request, response: Response, next: NextFunction): void {
  if (nestingDepth(request.body, MAX_BODY_DEPTH) <= MAX_BODY_DEPTH) return next();
  const message = `nests deeper than ${MAX_BODY_DEPTH} levels`;
  response.status(400).json(errorBody(400, `body ${message}`, [{ field: '(body)', message }]));
}
