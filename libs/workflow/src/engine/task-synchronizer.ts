import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot } from 'xstate';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { Task, type Awaiting } from '../entities/task.entity';
import { canonicalJson } from '../audit/canonical-json';
import { declaredTasks, type DeclaredTask } from './machine-adapter';

/** Opens the tasks the active states declare and closes the ones no active state declares any more. */
@Injectable()
export class TaskSynchronizer {
  async sync(
    em: EntityManager,
    instance: ProcessInstance,
    snapshot: AnyMachineSnapshot,
    now: Date,
  ): Promise<void> {
    const wanted = new Map<string, { declared: DeclaredTask; awaiting: Awaiting }>();
    for (const declared of declaredTasks(snapshot)) {
      const awaiting = this.resolveAwaiting(declared, instance.context);
      if (awaiting) wanted.set(taskKey(declared.stateId, awaiting), { declared, awaiting });
    }
    const open = await em.find(Task, { processId: instance.id, closedAt: null });
    for (const task of open) {
      const key = taskKey(task.stateId, task.awaiting);
      if (wanted.has(key)) wanted.delete(key);
      else task.closedAt = now;
    }
    for (const { declared, awaiting } of wanted.values()) {
      em.create(Task, {
        id: randomUUID(),
        processId: instance.id,
        stateId: declared.stateId,
        awaiting,
        commandTypes: declared.commands,
        label: declared.label?.de ?? null,
        openedAt: now,
        dueAt: null,
        closedAt: null,
      });
    }
  }

  private resolveAwaiting(declared: DeclaredTask, context: Record<string, unknown>): Awaiting | null {
    if ('body' in declared.awaiting) return { body: declared.awaiting.body };
    const personId = context[declared.awaiting.personIdFrom];
    return typeof personId === 'string' ? { personId } : null;
  }
}

function taskKey(stateId: string, awaiting: Awaiting): string {
  return `${stateId}|${canonicalJson(awaiting)}`;
}
