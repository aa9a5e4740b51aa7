import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DefinitionRegistry, describeDefinition } from '@gremium/workflow';
import { errorBody } from '../common/error-body';
import { parseListQuery, sendRange, type ListSpec, type RawListQuery } from '../common/list-query';

const LIST: ListSpec = {
  resource: 'process-definitions',
  sortable: ['key'],
  defaultSort: ['key', 'ASC'],
  filters: {
    // getMany sends the keys as a list, a filter by one key a single string.
    id: (value) => {
      const keys = [value].flat();
      return keys.every((key) => typeof key === 'string' && key.length <= 100) ? { id: keys } : undefined;
    },
  },
};

/** The processes this build runs, each with the JSON Schemas the dashboard builds its forms from. */
@ApiTags('process-definitions')
@Controller('process-definitions')
export class DefinitionsController {
  constructor(private readonly registry: DefinitionRegistry) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const query = parseListQuery(raw, LIST);
    const keys = query.where.id as string[] | undefined;
    const all = this.registry
      .all()
      .filter((definition) => !keys || keys.includes(definition.key))
      .sort((a, b) => a.key.localeCompare(b.key) * (query.orderBy.key === 'desc' ? -1 : 1));
    const page = all.slice(query.offset, query.offset + query.limit).map(describeDefinition);
    return sendRange(response, LIST.resource, page, query.offset, all.length);
  }

  @Get(':key')
  get(@Param('key') key: string) {
    if (!this.registry.has(key))
      throw new NotFoundException(errorBody(404, `unknown process definition ${key}`));
    return describeDefinition(this.registry.latest(key));
  }
}
