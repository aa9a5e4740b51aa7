import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../definition/actor';
import type { EngineOps } from '../definition/process-definition';
import { DefinitionRegistry } from '../definition/definition-registry';
import { GENESIS_HASH } from '../audit/audit-hash';
import { ProcessInstance } from '../entities/process-instance.entity';
import { RefusalError } from '../errors/refusal.error';
import type { EffectBatch } from '../outbox/effect-batch';
import { buildEvent } from './engine-event';
import { startMachine } from '../definition/machine-adapter';
import { TransitionRecorder } from './transition-recorder';
import { validate } from './validate';

const SYSTEM: Actor = { type: 'system', reason: 'engine' };

export interface StartRequest {
  definitionKey: string;
  input: unknown;
  actor: Actor;
  now: Date;
  idempotencyKey?: string | null;
  parentId?: string | null;
}

/** Creates an instance and records its initial transition, inside the caller's transaction. */
@Injectable()
export class ProcessStarter {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly recorder: TransitionRecorder,
  ) {}

  async start(em: EntityManager, batch: EffectBatch, request: StartRequest): Promise<ProcessInstance> {
    const definition = this.registry.latest(request.definitionKey);
    const input = validate(definition.input, request.input, 'input');
    const ctx = { em, actor: request.actor, instance: null, payload: input, now: request.now };
    if (request.actor.type === 'user') {
      const denied = await definition.startPermission(ctx);
      if (denied) throw new RefusalError(denied);
    }
    const refused = await definition.startCheck?.(ctx);
    if (refused) throw new RefusalError(refused);
    if (request.idempotencyKey) {
      const existing = await em.findOne(ProcessInstance, {
        definitionKey: definition.key,
        startKey: request.idempotencyKey,
      });
      if (existing) return existing;
    }
    const facts = (await definition.enrich?.({ ...ctx, type: 'process.started' })) ?? {};
    const event = buildEvent('process.started', input, request.actor, request.now, facts);
    const step = startMachine(definition.machine, event);
    const instance = em.create(ProcessInstance, {
      id: randomUUID(),
      definitionKey: definition.key,
      definitionVersion: definition.version,
      state: step.snapshot.value,
      context: {},
      status: 'active',
      subjectType: null,
      subjectId: null,
      parentId: request.parentId ?? null,
      startKey: request.idempotencyKey ?? null,
      version: 0,
      auditHead: GENESIS_HASH,
      createdAt: request.now,
      updatedAt: request.now,
    });
    await this.recorder.record({
      em,
      batch,
      definition,
      instance,
      stateBefore: null,
      step,
      event,
      commandId: null,
      openTasks: [],
      startProcess: this.childStarter(em, batch, instance.id, request.now),
    });
    return instance;
  }

  /** What an effect calls to start a child process in the same transaction. */
  childStarter(
    em: EntityManager,
    batch: EffectBatch,
    parentId: string,
    now: Date,
  ): EngineOps['startProcess'] {
    return async (definitionKey, input) => {
      const child = await this.start(em, batch, { definitionKey, input, actor: SYSTEM, now, parentId });
      return { id: child.id };
    };
  }
}
