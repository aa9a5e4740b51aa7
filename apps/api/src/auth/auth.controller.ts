import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthService, Person, User } from '@gremium/council';
import { CurrentUser, Public, type AuthenticatedRequest } from './auth.decorators';
import { LoginDto } from './login.dto';
import { SESSION_COOKIE } from './session-token';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  personId: string | null;
  roles: string[];
  permissions: string[];
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly em: EntityManager,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ user: Me; token: string }> {
    const { user, token, expiresAt } = await this.auth.login(body.email, body.password);
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: response.req.secure,
      path: '/',
      expires: expiresAt,
    });
    return { user: await this.describe(user), token };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(request.sessionToken);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentUser() user: User): Promise<Me> {
    return this.describe(user);
  }

  private async describe(user: User): Promise<Me> {
    const person = user.personId ? await this.em.fork().findOne(Person, user.personId) : null;
    return {
      id: user.id,
      email: user.email,
      displayName: person?.name ?? user.email,
      personId: user.personId,
      roles: user.roles,
      permissions: [...user.roles],
    };
  }
}
