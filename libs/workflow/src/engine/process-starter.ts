import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../definition/actor';
import type { AnyProcessDefinition, EngineOps, RuleContext } from '../definition/process-definition';
import { DefinitionRegistry } from '../definition/definition-registry';
import { GENESIS_HASH } from '../audit/audit-hash';
import { ProcessInstance } from '../entities/process-instance.entity';
import type { Refusal } from '../errors/refusal';
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
  /** The new instance's id (a start command names it in advance); a fresh one otherwise. */
  id?: string;
  idempotencyKey?: string | null;
  parentId?: string | null;
  /** The start command that created it, named in the start's audit event. */
  commandId?: string | null;
}

export type StartPreparation =
  | { ok: true; definition: AnyProcessDefinition; input: Record<string, unknown> }
  | { ok: false; refusal: Refusal };

/** Creates an instance and records its initial transition, inside the caller's transaction. */
@Injectable()
export class ProcessStarter {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly recorder: TransitionRecorder,
  ) {}

  /**
   * Whether this actor may start the process with this input as the data stands now: the API runs it as a
   * pre-check, the worker again when it applies the start command. Invalid input throws (a 400).
   */
  async prepare(
    em: EntityManager,
    request: Pick<StartRequest, 'definitionKey' | 'input' | 'actor' | 'now'>,
  ): Promise<StartPreparation> {
    const definition = this.registry.latest(request.definitionKey);
    const input = validate(definition.input, request.input, 'input');
    const ctx: RuleContext = { em, actor: request.actor, instance: null, payload: input, now: request.now };
    if (request.actor.type === 'user') {
      const denied = await definition.startPermission(ctx);
      if (denied) return { ok: false, refusal: denied };
    }
    const refused = await definition.startCheck?.(ctx);
    if (refused) return { ok: false, refusal: refused };
    return { ok: true, definition, input };
  }

  /** Prepares and creates; a refusal throws (for starts inside an effect, where nobody is waiting). */
  async start(em: EntityManager, batch: EffectBatch, request: StartRequest): Promise<ProcessInstance> {
    const prepared = await this.prepare(em, request);
    if (!prepared.ok) throw new RefusalError(prepared.refusal);
    return this.create(em, batch, request, prepared);
  }

  /** Creates the instance of a prepared start; a start key used before returns that instance instead. */
  async create(
    em: EntityManager,
    batch: EffectBatch,
    request: StartRequest,
    { definition, input }: Extract<StartPreparation, { ok: true }>,
  ): Promise<ProcessInstance> {
    if (request.idempotencyKey) {
      const existing = await em.findOne(ProcessInstance, {
        definitionKey: definition.key,
        startKey: request.idempotencyKey,
      });
      if (existing) return existing;
    }
    const ctx: RuleContext = { em, actor: request.actor, instance: null, payload: input, now: request.now };
    const facts = (await definition.enrich?.({ ...ctx, type: 'process.started' })) ?? {};
    const event = buildEvent('process.started', input, request.actor, request.now, facts);
    const step = startMachine(definition.machine, event);
    // Written with its first event by the recorder, not by the unit of work.
    const instance: ProcessInstance = {
      id: request.id ?? randomUUID(),
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
    };
    await this.recorder.record({
      em,
      batch,
      definition,
      instance,
      stateBefore: null,
      step,
      event,
      commandId: request.commandId ?? null,
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
