import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AuthService,
  berlinDateOf,
  inForceOn,
  isSteeringMember,
  Membership,
  Person,
  steeringGroupOn,
  User,
  WorkingGroup,
} from '@gremium/council';
import { Clock } from '@gremium/workflow';
import { CurrentUser, Public, type AuthenticatedRequest } from './auth.decorators';
import { ChangePasswordDto, LoginDto } from './login.dto';
import { clientAddress, SESSION_COOKIE, setSessionCookie } from './session-token';

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
    private readonly clock: Clock,
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
    return { user: await this.describe(user), token };
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
  me(@CurrentUser() user: User): Promise<Me> {
    return this.describe(user);
  }

  private async describe(user: User): Promise<Me> {
    const em = this.em.fork();
    const person = user.personId ? await em.findOne(Person, user.personId) : null;
    return {
      id: user.id,
      email: user.email,
      displayName: person?.name ?? user.email,
      personId: user.personId,
      roles: user.roles,
      permissions: [...user.roles, ...(person ? await this.derived(em, person.id) : [])],
    };
  }

  /** What the data says this person may do today (R3, R6): shown by the dashboard, checked again per command. */
  private async derived(em: EntityManager, personId: string): Promise<string[]> {
    await this.clock.refresh(em);
    const today = berlinDateOf(this.clock.now());
    const [composition, moderated, memberships] = await Promise.all([
      steeringGroupOn(em, today),
      em.find(WorkingGroup, { moderatorId: personId, status: 'active' }),
      em.find(Membership, { personId, body: 'working-group', ...inForceOn(today) }),
    ]);
    return [
      ...(isSteeringMember(composition, personId) ? ['steering-member'] : []),
      ...moderated.map((group) => `moderator:${group.id}`),
      ...memberships.map((membership) => `member:${membership.workingGroupId}`),
    ];
  }
}
