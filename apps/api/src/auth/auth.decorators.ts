import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { StoredRole, User } from '@gremium/council';

export const IS_PUBLIC = 'isPublic';
export const REQUIRED_ROLES = 'requiredRoles';

/** No login needed (login itself, health, API docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only users with one of these stored roles. */
export const Roles = (...roles: StoredRole[]) => SetMetadata(REQUIRED_ROLES, roles);

export interface AuthenticatedRequest extends Request {
  user: User;
  sessionToken: string;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
