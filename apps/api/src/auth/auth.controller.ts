import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService, User } from '@gremium/council';
import { CurrentUser, Public, type AuthenticatedRequest } from './auth.decorators';
import { MeService, type Me } from './me.service';
import { ChangePasswordDto, LoginDto } from './login.dto';
import { clientAddress, SESSION_COOKIE, setSessionCookie } from './session-token';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ user: Me; token: string }> {
    const { user, token, expiresAt } = await this.auth.login(
      body.email,
      body.password,
      clientAddress(request),
    );
    setSessionCookie(response, token, expiresAt);
    return { user: await this.me.describe(user), token };
  }

  /** Any logged-in user changes their own password; their other sessions end. */
  @Put('password')
  @HttpCode(204)
  async changePassword(@Body() body: ChangePasswordDto, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.auth.changePassword(
      request.user,
      body.currentPassword,
      body.newPassword,
      request.sessionToken,
      clientAddress(request),
    );
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
  whoAmI(@CurrentUser() user: User): Promise<Me> {
    return this.me.describe(user);
  }
}
