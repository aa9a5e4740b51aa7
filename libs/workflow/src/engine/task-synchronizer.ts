import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot } from 'xstate';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { Task, type Awaiting } from '../entities/task.entity';
import { canonicalJson } from '../audit/canonical-json';
import { declaredTasks, type DeclaredTask } from './machine-adapter';

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

/** Opens the tasks the active states declare and closes the ones no active state declares any more. */
@Injectable()
export class TaskSynchronizer {
  async sync(
    em: EntityManager,
    instance: ProcessInstance,
    snapshot: AnyMachineSnapshot,
    now: Date,
  ): Promise<void> {
    const wanted = new Map<string, WantedTask>();
    for (const declared of declaredTasks(snapshot)) {
      for (const task of expand(declared, instance.context)) {
        wanted.set(taskKey(declared.stateId, task.awaiting, task.label), task);
      }
    }
    const open = await em.find(Task, { processId: instance.id, closedAt: null });
    for (const task of open) {
      const key = taskKey(task.stateId, task.awaiting, task.label);
      if (wanted.has(key)) wanted.delete(key);
      else task.closedAt = now;
    }
    for (const { declared, awaiting, label } of wanted.values()) {
      em.create(Task, {
        id: randomUUID(),
        processId: instance.id,
        stateId: declared.stateId,
        awaiting,
        commandTypes: declared.commands,
        label,
        openedAt: now,
        dueAt: null,
        closedAt: null,
      });
    }
  }
}

function taskKey(stateId: string, awaiting: Awaiting, label: string | null): string {
  return `${stateId}|${canonicalJson(awaiting)}|${label ?? ''}`;
}
