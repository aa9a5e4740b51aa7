import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OidcLogin, type OidcChecks } from '@gremium/council';
import { errorBody } from '../common/error-body';
import { Public } from './auth.decorators';
import { setSessionCookie } from './session-token';

const CHECKS_COOKIE = 'gremium_oidc';
const CHECKS_PATH = '/api/auth/oidc';
const CHECKS_TTL_MS = 10 * 60 * 1000;

function readChecks(request: Request): OidcChecks | null {
  const raw = (request.cookies as Record<string, string> | undefined)?.[CHECKS_COOKIE];
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<OidcChecks>;
    const { state, nonce, codeVerifier } = parsed;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string')
      return null;
    return { state, nonce, codeVerifier };
  } catch {
    return null;
  }
}

/** Single sign-on (api.md "Single sign-on"): redirect to the provider, and back into a session. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcLogin) {}

  /** Tells the login page whether to show the SSO button. */
  @Public()
  @Get('config')
  config(): { enabled: boolean; loginUrl: string | null } {
    return { enabled: this.oidc.enabled, loginUrl: this.oidc.enabled ? `${CHECKS_PATH}/login` : null };
  }

  @Public()
  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireEnabled();
    const { url, checks } = await this.oidc.start();
    // Lax: the provider's redirect back is a cross-site navigation, which a Strict cookie would miss.
    response.cookie(CHECKS_COOKIE, Buffer.from(JSON.stringify(checks)).toString('base64url'), {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: CHECKS_PATH,
      maxAge: CHECKS_TTL_MS,
    });
    response.redirect(302, url.href);
  }

  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireEnabled();
    // One use only: whatever the outcome, this browser must start again.
    response.clearCookie(CHECKS_COOKIE, { path: CHECKS_PATH });
    const query = request.originalUrl.includes('?')
      ? request.originalUrl.slice(request.originalUrl.indexOf('?'))
      : '';
    const { token, expiresAt } = await this.oidc.finish(query, readChecks(request));
    setSessionCookie(response, token, expiresAt);
    response.redirect(302, '/');
  }

  private requireEnabled(): void {
    if (!this.oidc.enabled) throw new NotFoundException(errorBody(404, 'single sign-on is not configured'));
  }
}
