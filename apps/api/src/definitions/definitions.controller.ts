import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CANCELLED_LABEL,
  CANCELLED_STATE,
  DefinitionRegistry,
  OperatorCommands,
  toMermaid,
  type AnyProcessDefinition,
} from '@gremium/workflow';
import { errorBody } from '../common/error-body';

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

function present(definition: AnyProcessDefinition, operator: OperatorCommands) {
  return {
    id: definition.key,
    key: definition.key,
    version: definition.version,
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
  ) {}

  @Get()
  list() {
    return this.registry.all().map((definition) => present(definition, this.operator));
  }

  @Get(':key')
  get(@Param('key') key: string) {
    if (!this.registry.has(key))
      throw new NotFoundException(errorBody(404, `unknown process definition ${key}`));
    return present(this.registry.latest(key), this.operator);
  }
}
