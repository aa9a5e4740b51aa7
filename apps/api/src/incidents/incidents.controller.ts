import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Incidents, type IncidentKind } from '@gremium/workflow';
import { Roles } from '../auth/auth.decorators';
import { parseListQuery, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';

const LIST: ListSpec = {
  resource: 'incidents',
  sortable: ['lastFailedAt'],
  defaultSort: ['lastFailedAt', 'DESC'],
  filters: {
    kind: (value) => (value === 'command' || value === 'timer' ? { kind: value } : undefined),
  },
};

/** Commands and timer firings that keep failing for infrastructure reasons, for the coordination office. */
@ApiTags('incidents')
@Controller('incidents')
@Roles('coordination')
export class IncidentsController {
  constructor(private readonly incidents: Incidents) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const query = parseListQuery(raw, LIST);
    const kind = query.where.kind as IncidentKind | undefined;
    const page = await this.incidents.list(query.offset, query.limit, kind);
    return sendRange(response, LIST.resource, page.items, query.offset, page.total);
  }

  @Post(':id/retry')
  @HttpCode(200)
  retry(@Param('id', UuidParamPipe) id: string) {
    return this.incidents.retry(id);
  }
}
