import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, DefinitionRegistry, ProcessInstance, verifyProcess } from '@gremium/workflow';
import { findOr404 } from '../common/crud';
import { keysetList, sendNextCursor } from '../common/keyset-list';
import { parseListQuery, rules, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { presentAuditEvent } from '../processes/process.presenter';

const LIST: ListSpec = {
  resource: 'audit-events',
  sortable: ['at', 'seq', 'id'],
  defaultSort: ['at', 'DESC'],
  filters: { id: rules.uuid('id'), processId: rules.uuid('processId'), type: rules.text('type') },
  search: ['type'],
};

@ApiTags('audit-events')
@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
  ) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const query = parseListQuery(raw, LIST);
    const { items, total, next } = await keysetList(this.em.fork(), AuditEvent, query, raw.after, {
      table: 'audit_event',
      fields: ['at'],
      insertOnly: true,
    });
    const page = sendRange(response, LIST.resource, items.map(presentAuditEvent), query.offset, total);
    sendNextCursor(response, next);
    return page;
  }

  @Get('verify')
  @ApiQuery({ name: 'processId', required: true })
  async verify(@Query('processId', UuidParamPipe) processId: string) {
    const em = this.em.fork();
    const instance = await findOr404(em, ProcessInstance, processId, 'process');
    return verifyProcess(em, this.registry, instance);
  }
}
