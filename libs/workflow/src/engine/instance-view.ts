import type { InstanceView } from '../definition/process-definition';
import type { ProcessInstance } from '../entities/process-instance.entity';

/** A running process as permission rules, enrichers and effects see it. */
export function instanceView(instance: ProcessInstance): InstanceView {
  return {
    id: instance.id,
    definitionKey: instance.definitionKey,
    state: instance.state,
    context: instance.context,
    startedAt: instance.createdAt,
  };
}
