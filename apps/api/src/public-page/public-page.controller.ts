import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenDataService, publicCalendar } from '@gremium/council';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { Public } from '../auth/auth.decorators';
import { renderPublicPage } from './public-page.render';
import { PUBLIC_PAGE_CSS } from './public-page.style';

export const PUBLIC_PAGE = 'oeffentlich';

/** The council's public page (no login, German, server-rendered) and its calendar of public meetings. */
@ApiExcludeController()
@Public()
@Controller(PUBLIC_PAGE)
export class PublicPageController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly openData: OpenDataService,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async page(): Promise<string> {
    return renderPublicPage(await this.openData.snapshot(), {
      calendar: `${this.config.publicUrl}/${PUBLIC_PAGE}/sitzungen.ics`,
      oparl: `${this.config.publicUrl}/oparl/v1/system`,
    });
  }

  @Get('stil.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  style(): string {
    return PUBLIC_PAGE_CSS;
  }

  @Get('sitzungen.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="praeventionsrat-sitzungen.ics"')
  async calendar(): Promise<string> {
    return publicCalendar(await this.openData.snapshot());
  }
}
