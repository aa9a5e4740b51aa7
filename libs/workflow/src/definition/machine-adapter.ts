import {
  getNextTransitions,
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type ExecutableActionObject,
} from 'xstate';
import type { EngineEvent, TaskMeta } from './process-definition';

export type MachineAction = ExecutableActionObject;

export interface Step {
  snapshot: AnyMachineSnapshot;
  actions: MachineAction[];
}

/** The only place that calls XState: pure, no actors, no clocks. */
export function startMachine(machine: AnyStateMachine, startEvent: EngineEvent): Step {
  const [snapshot, actions] = initialTransition(machine, startEvent);
  return { snapshot: snapshot as AnyMachineSnapshot, actions: actions as MachineAction[] };
}

export function restoreSnapshot(machine: AnyStateMachine, state: unknown, context: Record<string, unknown>) {
  return machine.resolveState({ value: state as never, context }) as AnyMachineSnapshot;
}

export function accepts(snapshot: AnyMachineSnapshot, event: EngineEvent): boolean {
  return snapshot.status === 'active' && snapshot.can(event);
}

export function stepMachine(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EngineEvent,
): Step {
  const [next, actions] = transition(machine, snapshot, event);
  return { snapshot: next as AnyMachineSnapshot, actions: actions as MachineAction[] };
}

/** Event types some transition of the current configuration listens to (guards not evaluated). */
export function offeredEventTypes(snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  return [...new Set(getNextTransitions(snapshot).map((t) => t.eventType))].filter(
    (type) => type !== '' && !type.startsWith('xstate.') && type !== '*',
  );
}

export interface DeclaredTask extends TaskMeta {
  stateId: string;
}

export function declaredTasks(snapshot: AnyMachineSnapshot): DeclaredTask[] {
  if (snapshot.status !== 'active') return [];
  const meta = snapshot.getMeta() as Record<string, { task?: TaskMeta } | undefined>;
  return Object.entries(meta)
    .filter((entry): entry is [string, { task: TaskMeta }] => Boolean(entry[1]?.task))
    .map(([stateId, value]) => ({ stateId, ...value.task }));
}
