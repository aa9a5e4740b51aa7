import type { AnyMachineSnapshot } from 'xstate';
import type { AnyProcessDefinition } from '../definition/process-definition';
import type { AuditEvent } from '../entities/audit-event.entity';
import { restoreSnapshot, startMachine, stepMachine } from '../definition/machine-adapter';
import { MIGRATED_EVENT, migratedPayload } from '../engine/migration-event';
import { CANCELLED_EVENT, CANCELLED_STATE } from '../engine/operator-commands';

export interface Replayed {
  state: unknown;
  context: unknown;
  version: number;
  definitionVersion: number;
}

/**
 * Runs a process's recorded events through its machine again: the result must equal the stored instance.
 * A migration event switches to the machine of the version it names, at the state and context it recorded;
 * an operator's cancel ends the process in `cancelled`. `definitionOf` gives a version of the process's
 * definition; `currentVersion` is the instance's version, where a process never migrated also started.
 */
export function replay(
  definitionOf: (version: number) => AnyProcessDefinition,
  currentVersion: number,
  events: readonly AuditEvent[],
): Replayed {
  const firstMigration = events.find((record) => record.type === MIGRATED_EVENT);
  let version = firstMigration
    ? migratedPayload.parse(firstMigration.event.payload).fromVersion
    : currentVersion;
  let snapshot: AnyMachineSnapshot | null = null;
  let ended: { state: unknown; context: unknown } | null = null;
  for (const { event } of events) {
    const machine = definitionOf(version).machine;
    if (event.type === MIGRATED_EVENT) {
      const migrated = migratedPayload.parse(event.payload);
      version = migrated.toVersion;
      snapshot = restoreSnapshot(definitionOf(version).machine, migrated.state, migrated.context);
    } else if (event.type === CANCELLED_EVENT) {
      ended = { state: CANCELLED_STATE, context: snapshot?.context ?? null };
      snapshot = null;
    } else {
      snapshot = snapshot
        ? stepMachine(machine, snapshot, event).snapshot
        : startMachine(machine, event).snapshot;
    }
  }
  const last = ended ?? (snapshot ? { state: snapshot.value, context: snapshot.context } : null);
  if (!last) throw new Error('a process has at least its start event');
  return { ...last, version: events.length, definitionVersion: version };
}
