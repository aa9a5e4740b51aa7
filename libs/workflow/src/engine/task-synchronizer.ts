import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot } from 'xstate';
import type { ProcessInstance } from '../entities/process-instance.entity';
import type { Awaiting, Task } from '../entities/task.entity';
import { canonicalJson } from '../audit/canonical-json';
import { declaredTasks, type DeclaredTask } from '../definition/machine-adapter';
import { writeTaskChanges } from '../rows/write-behind';

interface WantedTask {
  declared: DeclaredTask;
  awaiting: Awaiting;
  label: string | null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function expand(declared: DeclaredTask, context: Record<string, unknown>): WantedTask[] {
  const { awaiting } = declared;
  const whom: Awaiting[] =
    'body' in awaiting
      ? [{ body: awaiting.body }]
      : 'personIdFrom' in awaiting
        ? strings([context[awaiting.personIdFrom]]).map((personId) => ({ personId }))
        : strings(context[awaiting.personIdsFrom]).map((personId) => ({ personId }));
  const items = declared.forEach ? strings(context[declared.forEach]) : [null];
  const base = declared.label?.de ?? null;
  return whom.flatMap((who) =>
    items.map((item) => ({
      declared,
      awaiting: who,
      label: item === null ? base : [base, item].filter(Boolean).join(': '),
    })),
  );
}

/** The open tasks of the instances one transaction works on, read once for all of them. */
export class OpenTasks {
  private readonly byProcess: Map<string, Task[]>;

  constructor(processIds: readonly string[], open: readonly Task[]) {
    this.byProcess = new Map(processIds.map((id) => [id, [] as Task[]]));
    for (const task of open) this.byProcess.get(task.processId)?.push(task);
  }

  /** The live list for one instance; the synchronizer keeps it current. */
  of(processId: string): Task[] {
    const tasks = this.byProcess.get(processId);
    if (!tasks) throw new Error(`open tasks of process ${processId} were not loaded`);
    return tasks;
  }
}

/** Opens the tasks the active states declare and closes the ones no active state declares any more. */
@Injectable()
export class TaskSynchronizer {
  /** Closes every open task of an instance that has ended; `open` is emptied. */
  async closeAll(em: EntityManager, open: Task[], now: Date): Promise<void> {
    for (const task of open) task.closedAt = now;
    await writeTaskChanges(em, { opened: [], closed: open.splice(0, open.length) });
  }

  /**
   * `open` is the instance's open tasks; it is updated to the tasks open afterwards. Returns the tasks
   * opened.
   */
  async sync(
    em: EntityManager,
    instance: ProcessInstance,
    snapshot: AnyMachineSnapshot,
    now: Date,
    open: Task[],
  ): Promise<Task[]> {
    const wanted = new Map<string, WantedTask>();
    for (const declared of declaredTasks(snapshot)) {
      for (const task of expand(declared, instance.context)) {
        wanted.set(taskKey(declared.stateId, task.awaiting, task.label), task);
      }
    }
    const closed: Task[] = [];
    const stillOpen = open.filter((task) => {
      const key = taskKey(task.stateId, task.awaiting, task.label);
      if (wanted.delete(key)) return true;
      task.closedAt = now;
      closed.push(task);
      return false;
    });
    const opened = [...wanted.values()].map(({ declared, awaiting, label }): Task => ({
      id: randomUUID(),
      processId: instance.id,
      stateId: declared.stateId,
      awaiting,
      commandTypes: declared.commands,
      label,
      openedAt: now,
      dueAt: null,
      closedAt: null,
    }));
    open.splice(0, open.length, ...stillOpen, ...opened);
    await writeTaskChanges(em, { opened, closed });
    return opened;
  }
}

function taskKey(stateId: string, awaiting: Awaiting, label: string | null): string {
  return `${stateId}|${canonicalJson(awaiting)}|${label ?? ''}`;
}
