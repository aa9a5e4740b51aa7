import { Controller, Get, Header, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenDataService, publicCalendar, reportContent, reportPdf } from '@gremium/council';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { Public } from '../auth/auth.decorators';
import { errorBody } from '../common/error-body';
import { OparlUrls } from '../oparl/oparl-urls';
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
    const urls = new OparlUrls(this.config.publicUrl);
    return renderPublicPage(await this.openData.snapshot(), {
      calendar: `${this.config.publicUrl}/${PUBLIC_PAGE}/sitzungen.ics`,
      oparl: urls.system(),
      file: urls.fileDownload,
      report: (year) => `${this.config.publicUrl}/${PUBLIC_PAGE}/jahresberichte/${year}.pdf`,
    });
  }

  @Get('stil.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  style(): string {
    return PUBLIC_PAGE_CSS;
  }

  /** A submitted annual report as the city council received it, people without consent as „N. N.“. */
  @Get('jahresberichte/:file')
  async report(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const year = /^(\d{4})\.pdf$/.exec(file)?.[1];
    const report = year ? await this.openData.report(Number(year)) : null;
    if (!report) throw new NotFoundException(errorBody(404, 'no such annual report'));
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `inline; filename="jahresbericht-${report.year}.pdf"`);
    response.send(await reportPdf(await reportContent(report)));
  }

  @Get('sitzungen.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="praeventionsrat-sitzungen.ics"')
  async calendar(): Promise<string> {
    return publicCalendar(await this.openData.snapshot());
  }
}
