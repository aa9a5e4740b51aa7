import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CANCELLED_LABEL,
  CANCELLED_STATE,
  BulkMigration,
  DefinitionRegistry,
  OperatorCommands,
  toMermaid,
  type AnyProcessDefinition,
} from '@gremium/workflow';
import type { User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { errorBody } from '../common/error-body';
import { MigrateDefinitionDto } from '../processes/process.dto';

function stateNames(definition: AnyProcessDefinition): string[] {
  const names: string[] = [];
  const visit = (node: { path: string[]; states: Record<string, unknown> }) => {
    for (const child of Object.values(node.states) as { path: string[]; states: Record<string, unknown> }[]) {
      names.push(child.path.join('.'));
      visit(child);
    }
  };
  visit(definition.machine.root);
  return names;
}

function present(definition: AnyProcessDefinition, registry: DefinitionRegistry, operator: OperatorCommands) {
  return {
    id: definition.key,
    key: definition.key,
    version: definition.version,
    versions: registry.versions(definition.key),
    label: definition.labels.de,
    labels: definition.labels,
    stateLabels: { [CANCELLED_STATE]: CANCELLED_LABEL, ...definition.stateLabels },
    states: stateNames(definition),
    inputSchema: z.toJSONSchema(definition.input, { io: 'input', unrepresentable: 'any' }),
    commands: Object.entries(operator.commandsOf(definition)).map(([type, spec]) => ({
      type,
      label: spec.label.de,
      labels: spec.label,
      final: spec.final ?? false,
      payloadSchema: z.toJSONSchema(spec.payload, { io: 'input', unrepresentable: 'any' }),
    })),
    diagram: toMermaid(definition.machine),
  };
}

@ApiTags('process-definitions')
@Controller('process-definitions')
export class DefinitionsController {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly operator: OperatorCommands,
    private readonly migrations: BulkMigration,
  ) {}

  @Get()
  list() {
    return this.registry.all().map((definition) => present(definition, this.registry, this.operator));
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
    if (version === undefined) return present(this.registry.latest(key), this.registry, this.operator);
    if (!this.registry.versions(key).map(String).includes(version))
      throw new NotFoundException(errorBody(404, `unknown version ${version} of process definition ${key}`));
    return present(this.registry.get(key, Number(version)), this.registry, this.operator);
  }
}
