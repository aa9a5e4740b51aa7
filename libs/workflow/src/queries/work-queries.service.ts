import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActorRef } from '../definition/actor';
import type { ActorNote } from '../definition/process-definition';
import { DefinitionRegistry } from '../definition/definition-registry';
import { Clock } from '../clock/clock.service';
import { availableCommands, type AvailableCommand } from '../engine/available-commands';
import { declaredTasks, restoreSnapshot } from '../definition/machine-adapter';
import { ProcessInstance } from '../entities/process-instance.entity';
import { Task } from '../entities/task.entity';
import { Timer } from '../entities/timer.entity';
import { OperatorCommands } from '../engine/operator-commands';
import { SharedReads } from './shared-reads';

/** Something the signed-in person can act on now, with what they can do and by when. */
export interface WorkItem {
  instance: ProcessInstance;
  /** The commands of the state's task this person may send now (the same rules as `availableCommands`). */
  commands: AvailableCommand[];
  /** Since when the state waits. */
  openedAt: Date;
  /** The process's next deadline (its earliest pending timer, e.g. the end of a review period); null if none. */
  dueAt: Date | null;
  /** What this person already did here (e.g. `voted` with the vote); null if nothing. */
  note: ActorNote | null;
}

const byUrgency = (a: WorkItem, b: WorkItem) =>
  (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
  a.openedAt.getTime() - b.openedAt.getTime();

/**
 * "Meine Aufgaben": the open states' tasks whose commands this person may send now. Who may is decided by
 * the commands' permission rules (`availableCommands`), never by a second copy of them; so a steering
 * member who has already voted still finds the vote (a later vote replaces it), marked with the note.
 * Earliest deadline first (overdue ones lead), then the longest waiting.
 */
@Injectable()
export class WorkQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
    private readonly clock: Clock,
    private readonly reads: SharedReads,
    private readonly operator: OperatorCommands,
  ) {}

  async mine(actorRef: ActorRef): Promise<WorkItem[]> {
    const actor = await this.reads.actor(actorRef);
    if (!actor || actor.type !== 'user') return [];
    const em = this.em.fork();
    const now = this.clock.now();
    const open = await em.find(Task, { closedAt: null }, { fields: ['processId', 'openedAt'] });
    const openedAt = new Map<string, Date>();
    for (const task of open) {
      const known = openedAt.get(task.processId);
      if (!known || task.openedAt < known) openedAt.set(task.processId, task.openedAt);
    }
    if (openedAt.size === 0) return [];
    const ids = [...openedAt.keys()];
    const instances = await em.find(ProcessInstance, { id: { $in: ids }, status: { $ne: 'done' } });
    const timers = await em.find(
      Timer,
      { processId: { $in: ids }, status: 'pending' },
      { fields: ['processId', 'dueAt'] },
    );
    const dueAt = new Map<string, Date>();
    for (const { processId, dueAt: due } of timers) {
      if (!processId) continue;
      const known = dueAt.get(processId);
      if (!known || due < known) dueAt.set(processId, due);
    }
    const items: WorkItem[] = [];
    for (const instance of instances) {
      const definition = this.registry.get(instance.definitionKey, instance.definitionVersion);
      const snapshot = restoreSnapshot(definition.machine, instance.state, instance.context);
      const awaited = new Set(declaredTasks(snapshot).flatMap((task) => task.commands));
      if (awaited.size === 0) continue;
      const commands = (await availableCommands(em, definition, this.operator, instance, actor, now)).filter(
        (command) => awaited.has(command.type),
      );
      if (commands.length === 0) continue;
      items.push({
        instance,
        commands,
        openedAt: openedAt.get(instance.id) ?? instance.updatedAt,
        dueAt: dueAt.get(instance.id) ?? null,
        note: definition.actorNote?.(instance.context, actor) ?? null,
      });
    }
    return items.sort(byUrgency);
  }
}
