import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import type { Actor } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import { restoreSnapshot } from '../definition/machine-adapter';
import type { AnyProcessDefinition, EngineEvent, EngineOps } from '../definition/process-definition';
import type { ProcessInstance } from '../entities/process-instance.entity';
import type { Task } from '../entities/task.entity';
import { Timer } from '../entities/timer.entity';
import { forbidden, type Refusal } from '../errors/refusal';
import type { EffectBatch } from '../outbox/effect-batch';
import { buildEvent } from './engine-event';
import { MIGRATED_EVENT, type MigratedPayload } from './migration-event';
import { OperatorCommands } from './operator-commands';
import { TransitionRecorder } from './transition-recorder';

export type MigrationPlan =
  | {
      ok: true;
      target: AnyProcessDefinition;
      state: unknown;
      context: Record<string, unknown>;
      actor: Actor;
    }
  | { ok: false; refusal: Refusal };

export interface MigrationRequest {
  em: EntityManager;
  batch: EffectBatch;
  instance: ProcessInstance;
  plan: Extract<MigrationPlan, { ok: true }>;
  now: Date;
  commandId: string;
  openTasks: Task[];
  startProcess: EngineOps['startProcess'];
}

const topState = (state: unknown) => (typeof state === 'string' ? state : Object.keys(state as object)[0]);

/**
 * Moves a running instance to a later version of its definition by the mappings the versions declare
 * (several steps chain): audited as one event in the instance's chain, tasks and pending timers brought in
 * line with the new machine.
 */
@Injectable()
export class InstanceMigrator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: DefinitionRegistry,
    private readonly recorder: TransitionRecorder,
    private readonly operator: OperatorCommands,
  ) {}

  /**
   * Whether this actor may move the instance to `toVersion` now, and what it becomes: 403 for anybody but
   * the operator, 400 for an unknown version, 409 (MIGRATION_NOT_COVERED) where the mappings do not reach.
   */
  async check(
    em: EntityManager,
    actor: Actor | null,
    instance: ProcessInstance,
    toVersion: number,
    now: Date,
  ): Promise<MigrationPlan> {
    if (!actor)
      return { ok: false, refusal: forbidden('the account that sent this command no longer exists') };
    const view = {
      id: instance.id,
      definitionKey: instance.definitionKey,
      state: instance.state,
      context: instance.context,
    };
    const denied = await this.operator.permission({ em, actor, instance: view, payload: { toVersion }, now });
    if (denied) return { ok: false, refusal: denied };
    return this.plan(instance, toVersion, actor);
  }

  private plan(instance: ProcessInstance, toVersion: number, actor: Actor): MigrationPlan {
    const key = instance.definitionKey;
    if (!this.registry.versions(key).includes(toVersion)) {
      return {
        ok: false,
        refusal: {
          code: 'VALIDATION_FAILED',
          reason: `${key} has no version ${toVersion}`,
          details: [{ field: 'toVersion', message: `is not a version of ${key}` }],
        },
      };
    }
    const notCovered = (reason: string): MigrationPlan => ({
      ok: false,
      refusal: {
        code: 'MIGRATION_NOT_COVERED',
        reason,
        details: {
          code: 'MIGRATION_NOT_COVERED',
          state: instance.state,
          fromVersion: instance.definitionVersion,
          toVersion,
        },
      },
    });
    if (instance.status !== 'active') return notCovered('the process has ended');
    if (toVersion <= instance.definitionVersion)
      return notCovered(`the process runs on version ${instance.definitionVersion} already`);
    let state = instance.state;
    let context = instance.context;
    let target = this.registry.get(key, instance.definitionVersion);
    for (let version = instance.definitionVersion + 1; version <= toVersion; version++) {
      target = this.registry.get(key, version);
      const mapping = target.migrateFrom;
      if (!mapping || mapping.version !== version - 1)
        return notCovered(`version ${version} of ${key} declares no migration from version ${version - 1}`);
      const mapped = mapping.states[topState(state)];
      if (mapped === undefined)
        return notCovered(
          `version ${version} of ${key} does not take over instances in state ${JSON.stringify(state)}`,
        );
      state = mapped === true ? state : mapped;
      context = (mapping.context?.(context) as Record<string, unknown> | undefined) ?? context;
    }
    return { ok: true, target, state, context, actor };
  }

  async migrate(request: MigrationRequest): Promise<void> {
    const { em, instance, plan, now } = request;
    const payload: MigratedPayload = {
      fromVersion: instance.definitionVersion,
      toVersion: plan.target.version,
      state: plan.state,
      context: plan.context,
    };
    const event = buildEvent(MIGRATED_EVENT, payload, plan.actor, now, {});
    const snapshot = restoreSnapshot(plan.target.machine, plan.state, plan.context);
    const pending = await em.find(Timer, { processId: instance.id, status: 'pending' });
    await this.recorder.recordOperation({
      em,
      batch: request.batch,
      definition: plan.target,
      instance,
      event,
      commandId: request.commandId,
      state: plan.state,
      context: plan.context,
      snapshot,
      openTasks: request.openTasks,
      startProcess: request.startProcess,
    });
    this.replanTimers(em, request.batch, instance, plan.target.machine, snapshot, event, pending, now);
  }

  /**
   * The delays of the new machine's active states: one the old timers had keeps its due time (under the
   * new process version), a new one counts from now; the old rows are voided.
   */
  private replanTimers(
    em: EntityManager,
    batch: EffectBatch,
    instance: ProcessInstance,
    machine: AnyStateMachine,
    snapshot: AnyMachineSnapshot,
    event: EngineEvent,
    pending: Timer[],
    now: Date,
  ): void {
    const byType = new Map(pending.map((timer) => [String(timer.event.type), timer]));
    for (const timer of pending) timer.status = 'voided';
    for (const node of snapshot._nodes) {
      for (const delayed of node.after) {
        const previous = byType.get(delayed.eventType);
        const dueAt =
          previous?.dueAt ??
          new Date(now.getTime() + Math.max(0, delayOf(machine, delayed.delay, snapshot, event)));
        const timer = em.create(Timer, {
          id: randomUUID(),
          processId: instance.id,
          schedule: null,
          actionId: previous?.actionId ?? delayed.eventType,
          processVersion: instance.version,
          event: { type: delayed.eventType },
          dueAt,
          status: 'pending',
          commandId: null,
          firedAt: null,
          createdAt: now,
        });
        const delayMs = dueAt.getTime() - now.getTime();
        if (delayMs <= this.config.timerSweepIntervalMs)
          batch.hint('timers', timer.id, { timerId: timer.id }, Math.max(0, delayMs));
      }
    }
  }
}

type DelayFunction = (args: { context: unknown; event: EngineEvent }, params: undefined) => number;

/** A delay as XState resolves it on entry: a number, a named delay of the machine, or an expression. */
function delayOf(
  machine: AnyStateMachine,
  delay: unknown,
  snapshot: AnyMachineSnapshot,
  event: EngineEvent,
): number {
  if (typeof delay === 'number') return delay;
  const named: unknown = typeof delay === 'string' ? machine.implementations.delays[delay] : delay;
  if (typeof named === 'number') return named;
  if (typeof named === 'function')
    return Number((named as DelayFunction)({ context: snapshot.context, event }, undefined));
  throw new Error(`${machine.id}: the delay ${String(delay)} is not defined`);
}
