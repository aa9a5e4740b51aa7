import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { CalendarFeedService, type User } from '@gremium/council';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { errorBody } from '../common/error-body';

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/** Calendar subscriptions (P8): a secret per-user feed URL, revocable by asking for a new one. */
@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Post('auth/me/calendar-token')
  @HttpCode(200)
  async token(@CurrentUser() user: User) {
    const token = await this.feeds.issueToken(user.id);
    return { url: `${this.config.publicUrl}/api/calendar/${token}.ics` };
  }

  /** No login: the secret in the URL is the credential (unknown or replaced → 404). */
  @Public()
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res({ passthrough: true }) response: Response) {
    const token = FEED_FILE.exec(file)?.[1];
    if (!token) throw new NotFoundException(errorBody(404, 'no such calendar'));
    const ics = await this.feeds.feed(token);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, no-store');
    return ics;
  }
}
