import {
  createActor,
  getNextTransitions,
  type AnyActorRef,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type ExecutableActionObject,
} from 'xstate';
import type { EngineEvent, TaskMeta } from './process-definition';

export type MachineAction = ExecutableActionObject;

export interface Step {
  snapshot: AnyMachineSnapshot;
  actions: MachineAction[];
}

const selves = new WeakMap<AnyStateMachine, AnyActorRef>();

/**
 * What XState's `transition`/`initialTransition` build per call, minus their cost: they create a new
 * actor each time, and its constructor computes the machine's whole initial state (for our machines, with
 * no input, a thrown and caught error), about two thirds of a transition's time. The actor here is made
 * once per machine and never started; actions are collected, not executed. Sharing it is safe because
 * process machines neither spawn nor invoke actors (the registry refuses a machine that invokes one).
 */
function inertScope(machine: AnyStateMachine, actions: MachineAction[]): AnyActorScope {
  let self = selves.get(machine);
  if (!self) {
    self = createActor(machine);
    selves.set(machine, self);
  }
  return {
    self,
    system: self.system,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: (action) => {
      actions.push(action as MachineAction);
    },
  };
}

/** The only place that calls XState: pure, no actors, no clocks. */
export function startMachine(machine: AnyStateMachine, startEvent: EngineEvent): Step {
  const actions: MachineAction[] = [];
  const snapshot = machine.getInitialSnapshot(inertScope(machine, actions), startEvent);
  return { snapshot: snapshot as AnyMachineSnapshot, actions };
}

const resolvedStates = new WeakMap<AnyStateMachine, Map<string, AnyMachineSnapshot>>();

/**
 * A stored process's snapshot. Resolving a state value walks the machine's state nodes (about 17 KB of
 * garbage and the larger part of XState's time per command, twice per command: the intake's check and the
 * worker's), yet depends on the value alone: it is resolved once per machine and value, and each call
 * copies that snapshot with its own context. XState treats snapshots as immutable (a transition copies
 * what it changes), and the shared parts are frozen so that a change would throw instead of leaking.
 */
export function restoreSnapshot(
  machine: AnyStateMachine,
  state: unknown,
  context: Record<string, unknown>,
): AnyMachineSnapshot {
  let byValue = resolvedStates.get(machine);
  if (!byValue) {
    byValue = new Map();
    resolvedStates.set(machine, byValue);
  }
  const key = JSON.stringify(state);
  let resolved = byValue.get(key);
  if (!resolved) {
    resolved = machine.resolveState({ value: state as never, context: {} }) as AnyMachineSnapshot;
    Object.freeze(resolved._nodes);
    Object.freeze(resolved.children);
    Object.freeze(resolved.historyValue);
    byValue.set(key, resolved);
  }
  return { ...resolved, context } as AnyMachineSnapshot;
}

export function accepts(snapshot: AnyMachineSnapshot, event: EngineEvent): boolean {
  return snapshot.status === 'active' && snapshot.can(event);
}

export function stepMachine(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EngineEvent,
): Step {
  const actions: MachineAction[] = [];
  const next = machine.transition(snapshot, event, inertScope(machine, actions));
  return { snapshot: next as AnyMachineSnapshot, actions };
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

/** Whether any state of the machine invokes an actor: the engine runs machines pure and cannot. */
export function invokesActors(machine: AnyStateMachine): boolean {
  const invokes = (node: AnyStateNode): boolean =>
    node.invoke.length > 0 || Object.values(node.states).some(invokes);
  return invokes(machine.root);
}
