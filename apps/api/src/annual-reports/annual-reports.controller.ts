import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { AnnualReport, figuresWithNames, reportContent, reportHtml, reportPdf } from '@gremium/council';
import { findOr404 } from '../common/crud';
import { UuidParamPipe } from '../common/uuid-param.pipe';

/**
 * The annual report (P6) as a document, HTML and PDF from the same content. The list and the rows
 * (`GET /api/annual-reports[/:id]`) are the process's read model; `:id/figures` are its figures with names.
 */
@ApiTags('annual-reports')
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(private readonly em: EntityManager) {}

  /** The report as it is shown: the stored figures name people by id only. */
  private async named(id: string): Promise<AnnualReport> {
    const em = this.em.fork();
    const report = await findOr404(em, AnnualReport, id, 'annual report');
    return { ...report, figures: report.figures && (await figuresWithNames(em, report.figures)) };
  }

  @Get(':id/figures')
  async figures(@Param('id', UuidParamPipe) id: string) {
    return (await this.named(id)).figures;
  }

  @Get(':id/report.html')
  async html(@Param('id', UuidParamPipe) id: string, @Res() response: Response) {
    const report = await this.named(id);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.send(reportHtml(await reportContent(report)));
  }

  @Get(':id/report.pdf')
  async pdf(@Param('id', UuidParamPipe) id: string, @Res() response: Response) {
    const report = await this.named(id);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `inline; filename="jahresbericht-${report.year}.pdf"`);
    response.send(await reportPdf(await reportContent(report)));
  }
}
