import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  BulkMigration,
  DefinitionRegistry,
  describeDefinition,
  OperatorCommands,
  type AnyProcessDefinition,
} from '@gremium/workflow';
import type { User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { errorBody } from '../common/error-body';
import { MigrateDefinitionDto } from '../processes/process.dto';
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
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly operator: OperatorCommands,
    private readonly migrations: BulkMigration,
  ) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    const query = parseListQuery(raw, LIST);
    const keys = query.where.id as string[] | undefined;
    const all = this.registry
      .all()
      .filter((definition) => !keys || keys.includes(definition.key))
      .sort((a, b) => a.key.localeCompare(b.key) * (query.orderBy.key === 'desc' ? -1 : 1));
    const page = all
      .slice(query.offset, query.offset + query.limit)
      .map((definition) => this.describe(definition));
    return sendRange(response, LIST.resource, page, query.offset, all.length);
  }

  /** Moves every active instance of `fromVersion` to `toVersion`: one result per instance. */
  @Post(':key/migrate')
  @HttpCode(200)
  @Roles('coordination')
  async migrate(@Param('key') key: string, @Body() body: MigrateDefinitionDto, @CurrentUser() user: User) {
    const results = await this.migrations.migrateAll({
      definitionKey: key,
      fromVersion: body.fromVersion,
      toVersion: body.toVersion,
      actor: { type: 'user', userId: user.id },
    });
    const count = (status: string) => results.filter((result) => result.status === status).length;
    return { results, applied: count('applied'), rejected: count('rejected'), queued: count('queued') };
  }

  @Get(':key')
  @ApiQuery({ name: 'version', required: false, description: 'an earlier version; the newest by default' })
  get(@Param('key') key: string, @Query('version') version?: string) {
    if (!this.registry.has(key))
      throw new NotFoundException(errorBody(404, `unknown process definition ${key}`));
    if (version === undefined) return this.describe(this.registry.latest(key));
    if (!this.registry.versions(key).map(String).includes(version))
      throw new NotFoundException(errorBody(404, `unknown version ${version} of process definition ${key}`));
    return this.describe(this.registry.get(key, Number(version)));
  }

  // Definitions are fixed at boot: each is described (schemas, diagram: ~30 ms for all) once per process.
  private readonly described = new Map<AnyProcessDefinition, ReturnType<typeof describeDefinition>>();

  private describe(definition: AnyProcessDefinition) {
    let described = this.described.get(definition);
    if (!described) {
      described = describeDefinition(definition, {
        commands: this.operator.commandsOf(definition),
        versions: this.registry.versions(definition.key),
      });
      this.described.set(definition, described);
    }
    return described;
  }
}
