import type { NextFunction, Request, Response } from 'express';
import type { AuthService } from '@gremium/council';
import { sessionToken } from '../auth/session-token';
import { errorBody } from '../common/error-body';

/**
 * The session guard for what Nest mounts as plain Express middleware (guards do not run there): a live
 * session (401 otherwise) of the coordination office (403 otherwise).
 */
export function coordinationGate(auth: AuthService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const token = sessionToken(request);
    (token ? auth.authenticate(token) : Promise.resolve(null)).then((user) => {
      if (!user) response.status(401).json(errorBody(401, 'not logged in'));
      else if (!user.roles.includes('coordination'))
        response.status(403).json(errorBody(403, 'needs the role coordination'));
      else next();
    }, next);
  };
}
