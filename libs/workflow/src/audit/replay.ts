import type { AnyProcessDefinition } from '../definition/process-definition';
import type { AuditEvent } from '../entities/audit-event.entity';
import { startMachine, stepMachine, type Step } from '../definition/machine-adapter';

export interface Replayed {
  state: unknown;
  context: unknown;
  version: number;
}

/** Runs a process's recorded events through its machine again: the result must equal the stored instance. */
export function replay(definition: AnyProcessDefinition, events: readonly AuditEvent[]): Replayed {
  let step: Step | null = null;
  for (const record of events) {
    step = step
      ? stepMachine(definition.machine, step.snapshot, record.event)
      : startMachine(definition.machine, record.event);
  }
  if (!step) throw new Error('a process has at least its start event');
  return { state: step.snapshot.value, context: step.snapshot.context, version: events.length };
}
