import { timingSafeEqual, createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AuthService } from '@gremium/council';
import { errorBody } from '../common/error-body';
import { sessionToken } from './session-token';

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The operators' pages outside Nest's guards (the OpenAPI document is served by Swagger's own routes):
 * a session of the coordination office, or for the metrics the METRICS_TOKEN bearer (Prometheus).
 */
export function operatorAccess(auth: AuthService, metricsToken: string | null) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const token = sessionToken(request);
    if (token && metricsToken && request.baseUrl === '/api/metrics' && sameSecret(token, metricsToken)) {
      return next();
    }
    try {
      const user = token ? await auth.authenticate(token) : null;
      if (!user) {
        response.status(401).json(errorBody(401, 'not logged in'));
      } else if (!user.roles.includes('coordination')) {
        response.status(403).json(errorBody(403, 'needs the role coordination'));
      } else {
        next();
      }
    } catch (error) {
      next(error);
    }
  };
}
