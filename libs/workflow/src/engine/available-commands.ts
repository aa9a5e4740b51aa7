import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../definition/actor';
import type { AnyProcessDefinition } from '../definition/process-definition';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { offeredEventTypes, restoreSnapshot } from '../definition/machine-adapter';
import type { OperatorCommands } from './operator-commands';

export interface AvailableCommand {
  type: string;
  label: string;
  labels: { de: string; en: string };
  final: boolean;
}

/** The commands this actor may send now: offered by the current state and permitted by the data. */
export async function availableCommands(
  em: EntityManager,
  definition: AnyProcessDefinition,
  operator: OperatorCommands,
  instance: ProcessInstance,
  actor: Actor,
  now: Date,
): Promise<AvailableCommand[]> {
  if (instance.status === 'done') return [];
  const snapshot = restoreSnapshot(definition.machine, instance.state, instance.context);
  const view = {
    id: instance.id,
    definitionKey: instance.definitionKey,
    state: instance.state,
    context: instance.context,
  };
  const result: AvailableCommand[] = [];
  const commands = operator.commandsOf(definition);
  const engine = Object.keys(commands).filter((type) => operator.appliesItself(definition, type));
  for (const type of [...offeredEventTypes(snapshot), ...engine]) {
    const spec = commands[type];
    if (!spec) continue;
    const denied = await spec.permission({ em, actor, instance: view, payload: {}, now });
    if (!denied) result.push({ type, label: spec.label.de, labels: spec.label, final: spec.final ?? false });
  }
  return result;
}
