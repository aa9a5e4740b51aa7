import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot } from 'xstate';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import type { AnyProcessDefinition, EngineEvent, EngineOps } from '../definition/process-definition';
import { auditHash } from '../audit/audit-hash';
import type { ProcessInstance } from '../entities/process-instance.entity';
import type { Task } from '../entities/task.entity';
import { Timer } from '../entities/timer.entity';
import type { EffectBatch } from '../outbox/effect-batch';
import { voidTimer, writeTransition } from '../rows/write-behind';
import { createEngineOps } from './engine-ops';
import type { MachineAction, Step } from '../definition/machine-adapter';
import { TASK_SCHEDULER, type TaskScheduler } from './engine-tokens';
import { TaskSynchronizer } from './task-synchronizer';
import { instanceView } from './instance-view';

export interface RecordRequest {
  em: EntityManager;
  batch: EffectBatch;
  definition: AnyProcessDefinition;
  instance: ProcessInstance;
  stateBefore: unknown;
  step: Step;
  event: EngineEvent;
  commandId: string | null;
  /** The instance's open tasks (see OpenTasks); kept current. */
  openTasks: Task[];
  startProcess: EngineOps['startProcess'];
}

export interface OperationRequest {
  em: EntityManager;
  batch: EffectBatch;
  /** The definition (version) the instance runs on afterwards. */
  definition: AnyProcessDefinition;
  instance: ProcessInstance;
  event: EngineEvent;
  commandId: string;
  state: unknown;
  context: Record<string, unknown>;
  /** The machine's snapshot afterwards; null when the operation ends the process. */
  snapshot: AnyMachineSnapshot | null;
  openTasks: Task[];
  startProcess: EngineOps['startProcess'];
}

/**
 * Persists one transition: snapshot and version with the audit event (written before anything else in the
 * transaction reads, so what the effects read is the new state; an ended process's pending timers voided
 * with them), timers, tasks, and the domain's effects.
 */
@Injectable()
export class TransitionRecorder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tasks: TaskSynchronizer,
    @Optional() @Inject(TASK_SCHEDULER) private readonly scheduler: TaskScheduler | null = null,
  ) {}

  async record(request: RecordRequest): Promise<void> {
    const { em, instance, step, event, definition } = request;
    const now = new Date(event.now);
    instance.version += 1;
    const context = step.snapshot.context as Record<string, unknown>;
    instance.state = step.snapshot.value;
    instance.context = context;
    instance.status = step.snapshot.status === 'done' ? 'done' : 'active';
    const subject = definition.subject?.(context) ?? null;
    instance.subjectType = subject?.type ?? instance.subjectType;
    instance.subjectId = subject?.id ?? instance.subjectId;
    instance.updatedAt = now;
    await this.appendAudit(em, instance, event, request.stateBefore, request.commandId, now);

    const ops = await this.interpretActions(request, step.actions, now);
    await definition.project?.({ em, instance: instanceView(instance), event, now, engine: ops });
    const opened = await this.tasks.sync(em, instance, step.snapshot, now, request.openTasks);
    if (this.scheduler && opened.length > 0) await this.scheduler.schedule(em, opened, now);
  }

  /**
   * A transition the engine makes itself rather than the machine (an operator's cancel, a migration to
   * another version): audited in the same chain, projected, tasks and timers brought in line.
   */
  async recordOperation(request: OperationRequest): Promise<void> {
    const { em, instance, event, definition } = request;
    const now = new Date(event.now);
    const stateBefore = instance.state;
    instance.version += 1;
    instance.definitionVersion = definition.version;
    instance.state = request.state;
    instance.context = request.context;
    instance.status = request.snapshot ? 'active' : 'done';
    instance.updatedAt = now;
    await this.appendAudit(em, instance, event, stateBefore, request.commandId, now);
    const ops = createEngineOps({
      em,
      batch: request.batch,
      processId: instance.id,
      event,
      now,
      startProcess: request.startProcess,
    });
    await definition.project?.({ em, instance: instanceView(instance), event, now, engine: ops });
    if (request.snapshot) {
      await this.tasks.sync(em, instance, request.snapshot, now, request.openTasks);
    } else {
      await this.tasks.closeAll(em, request.openTasks, now);
    }
  }

  private async appendAudit(
    em: EntityManager,
    instance: ProcessInstance,
    event: EngineEvent,
    stateBefore: unknown,
    commandId: string | null,
    at: Date,
  ): Promise<void> {
    const seq = instance.version - 1;
    const fields = {
      processId: instance.id,
      seq,
      type: event.type,
      commandId,
      actor: event.actor,
      event: { ...event },
      stateBefore: stateBefore ?? null,
      stateAfter: instance.state,
      version: instance.version,
      at,
    };
    const hash = auditHash(instance.auditHead, fields);
    const prevHash = instance.auditHead;
    instance.auditHead = hash;
    await writeTransition(em, instance, { id: randomUUID(), ...fields, prevHash, hash });
  }

  private async interpretActions(
    request: RecordRequest,
    actions: MachineAction[],
    now: Date,
  ): Promise<EngineOps> {
    const { em, instance, batch, event, definition } = request;
    const created = new Map<string, Timer>();
    const ops = createEngineOps({
      em,
      batch,
      processId: instance.id,
      event,
      now,
      startProcess: request.startProcess,
    });
    for (const action of actions) {
      const params = (action.params ?? {}) as Record<string, unknown>;
      if (action.type === 'xstate.raise' && typeof params.delay === 'number') {
        const timer = this.createTimer(em, instance, params, now);
        created.set(timer.actionId, timer);
        const delayMs = timer.dueAt.getTime() - now.getTime();
        if (delayMs <= this.config.timerSweepIntervalMs)
          batch.hint('timers', timer.id, { timerId: timer.id }, delayMs);
      } else if (action.type === 'xstate.cancel') {
        const actionId = String(params.sendId);
        const pending = created.get(actionId);
        if (pending) {
          em.remove(pending);
          created.delete(actionId);
        }
        await voidTimer(em, { processId: instance.id, actionId });
      } else if (!action.type.startsWith('xstate.')) {
        const effect = definition.effects?.[action.type];
        if (!effect) throw new Error(`${definition.key}: no effect handler for action ${action.type}`);
        await effect({ em, instance: instanceView(instance), event, now, engine: ops }, params);
      }
    }
    return ops;
  }

  private createTimer(
    em: EntityManager,
    instance: ProcessInstance,
    params: Record<string, unknown>,
    now: Date,
  ): Timer {
    const event = params.event as Record<string, unknown>;
    return em.create(Timer, {
      id: randomUUID(),
      processId: instance.id,
      actionId: String(params.id),
      processVersion: instance.version,
      event: { type: event.type },
      dueAt: new Date(now.getTime() + Math.max(0, Number(params.delay))),
      status: 'pending',
      commandId: null,
      firedAt: null,
      createdAt: now,
    });
  }
}
