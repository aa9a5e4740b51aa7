import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService, type StoredRole } from '@gremium/council';
import { errorBody } from '../common/error-body';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthenticatedRequest } from './auth.decorators';
import { sessionToken } from './session-token';

/** Every route needs a live session unless marked @Public; @Roles narrows it to stored roles. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionToken(request);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user || !token) throw new UnauthorizedException(errorBody(401, 'not logged in'));
    request.user = user;
    request.sessionToken = token;
    const roles = this.reflector.getAllAndOverride<StoredRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException(
        errorBody(403, `needs the role ${roles.join(' or ')}`, undefined, 'role.required', {
          roles: roles.join(', '),
        }),
      );
    }
    return true;
  }
}
