import { getSimplePaths } from 'xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';
import type { EngineEvent } from '@gremium/workflow';

export interface MachineEdge {
  source: string;
  event: string;
  targets: string[];
}

/** Every transition written in the machine (event, after, done), by source node id and target node ids. */
export function machineEdges(machine: AnyStateMachine): MachineEdge[] {
  const edges: MachineEdge[] = [];
  const visit = (node: AnyStateNode) => {
    for (const [event, transitions] of node.transitions) {
      for (const transition of transitions) {
        edges.push({
          source: node.id,
          event,
          targets: (transition.target ?? []).map((t: AnyStateNode) => t.id),
        });
      }
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child);
  };
  visit(machine.root);
  return edges;
}

function activeIds(snapshot: AnyMachineSnapshot): Set<string> {
  return new Set((snapshot._nodes as AnyStateNode[]).map((node) => node.id));
}

/**
 * Walks all simple paths of a machine from its start event with the given sample events and returns the
 * transitions no path takes. An empty result means every transition was walked at least once. `keyOf`
 * says which snapshots count as the same state (by default value and context; a machine whose context
 * grows with every event needs a coarser key to stay finite).
 */
export function uncoveredEdges(
  machine: AnyStateMachine,
  start: EngineEvent,
  events: (snapshot: AnyMachineSnapshot) => EngineEvent[],
  keyOf: (snapshot: AnyMachineSnapshot) => unknown = (snapshot) => [snapshot.value, snapshot.context],
): MachineEdge[] {
  const paths = getSimplePaths(machine, {
    input: start,
    events: (snapshot: AnyMachineSnapshot) => events(snapshot),
    serializeState: (snapshot: AnyMachineSnapshot) => JSON.stringify(keyOf(snapshot)),
    serializeEvent: (event: EngineEvent) => `${event.type}:${JSON.stringify(event.payload)}`,
  } as never);
  const taken: { before: Set<string>; event: string; after: Set<string> }[] = [];
  for (const path of paths) {
    for (let i = 1; i < path.steps.length; i++) {
      const before = path.steps[i - 1].state as AnyMachineSnapshot;
      const step = path.steps[i];
      taken.push({
        before: activeIds(before),
        event: step.event.type,
        after: activeIds(step.state as AnyMachineSnapshot),
      });
    }
  }
  return machineEdges(machine).filter((edge) => {
    if (edge.event.startsWith('xstate.done.state.')) {
      return !taken.some(
        (t) => t.before.has(edge.source) && edge.targets.every((target) => t.after.has(target)),
      );
    }
    return !taken.some(
      (t) =>
        t.event === edge.event &&
        t.before.has(edge.source) &&
        edge.targets.every((target) => t.after.has(target)),
    );
  });
}
