import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActorRef, UserActor } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import { canonicalJson } from '../audit/canonical-json';
import { Clock } from '../clock/clock.service';
import { CommandGate } from '../engine/command-gate';
import {
  MIGRATE_COMMAND,
  migratePayload,
  START_COMMAND,
  startedProcessId,
  type MigratePayload,
  type StartPayload,
} from '../engine/engine-commands';
import { InstanceMigrator } from '../engine/instance-migrator';
import { OperatorCommands } from '../engine/operator-commands';
import { ProcessStarter } from '../engine/process-starter';
import type { Decision } from '../engine/decision';
import { MicroBatch } from '../engine/micro-batch';
import { validate } from '../engine/validate';
import { Command, queuedCommand } from '../entities/command.entity';
import { engineCoded, forbidden } from '../errors/refusal';
import { RefusalError } from '../errors/refusal.error';
import { NotFoundError, WorkflowError } from '../errors/workflow.error';
import { CommandDispatch } from '../outbox/command-dispatch';
import { SharedReads } from '../queries/shared-reads';
import { insertQueuedCommands, isUniqueViolation } from '../rows/command-rows';
import { CommandWaiter } from './command-waiter.service';

export interface SubmitRequest {
  processId: string;
  type: string;
  payload: unknown;
  idempotencyKey?: string | null;
  actor: ActorRef & { type: 'user' };
  /** `actor` as the caller already read it in this request (the API's session): not read again. */
  resolvedActor?: UserActor;
}

export interface StartSubmitRequest {
  definitionKey: string;
  input: unknown;
  idempotencyKey?: string | null;
  actor: ActorRef & { type: 'user' };
  /** `actor` as the caller already read it in this request (the API's session): not read again. */
  resolvedActor?: UserActor;
}

export interface MigrateSubmitRequest {
  processId: string;
  toVersion: number;
  idempotencyKey?: string | null;
  actor: ActorRef & { type: 'user' };
  /** `actor` as the caller already read it in this request (the API's session): not read again. */
  resolvedActor?: UserActor;
}

export const DECISION_WAIT_MS = 2_000;
const GROUPS = { maxBatch: 64, maxRunning: 2 };

/**
 * The API side of the command path: validate, pre-check, store the command, hand it to a worker after the
 * commit, and wait briefly for the worker's decision.
 */
@Injectable()
export class CommandIntake {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
    private readonly clock: Clock,
    private readonly reads: SharedReads,
    private readonly gate: CommandGate,
    private readonly dispatch: CommandDispatch,
    private readonly waiter: CommandWaiter,
    private readonly starter: ProcessStarter,
    private readonly operator: OperatorCommands,
    private readonly migrator: InstanceMigrator,
  ) {}

  // Requests arriving while commands are being stored share the next insert transaction.
  private readonly inserts = new MicroBatch(
    'store commands',
    (commands: Command[]) => this.insert(commands),
    GROUPS,
  );

  async submit(request: SubmitRequest): Promise<Command> {
    if (!this.registry.declaresCommand(request.type) && !this.operator.declares(request.type)) {
      throw new WorkflowError(
        'UNKNOWN_COMMAND',
        `unknown command type ${request.type}`,
        [
          {
            field: 'type',
            message: 'is not a command of any process definition',
            key: 'command.unknown',
            params: { command: request.type },
          },
        ],
        'command.unknown',
        { command: request.type },
      );
    }
    const em = this.em.fork();
    const [instance, actor] = await Promise.all([
      this.reads.instance(request.processId),
      this.reads.actor(request.actor, request.resolvedActor),
    ]);
    if (!instance) throw new NotFoundError('process', request.processId);
    const definition = this.registry.get(instance.definitionKey, instance.definitionVersion);
    const spec = this.operator.commandsOf(definition)[request.type];
    if (!spec) {
      throw new WorkflowError(
        'UNKNOWN_COMMAND',
        `${definition.key} has no command ${request.type}`,
        [
          {
            field: 'type',
            message: `is not a command of ${definition.key}`,
            key: 'command.unknown',
            params: { command: request.type },
          },
        ],
        'command.unknown',
        { command: request.type },
      );
    }
    const payload = validate(spec.payload, request.payload, 'payload');
    await this.clock.refresh(em);
    const now = this.clock.now();
    const commandRequest = { type: request.type, payload, source: 'http' as const };
    // 403 before anything about an earlier command is revealed.
    const denied = await this.gate.permitted(em, definition, instance, commandRequest, actor, now);
    if (denied) throw new RefusalError(denied);
    const key = request.idempotencyKey ?? null;
    const repeat = key ? await this.findRepeat(em, request, key, payload) : null;
    if (repeat) return this.awaitDecision(repeat);

    const prepared = await this.gate.prepare(em, definition, instance, commandRequest, actor, now);
    if (!prepared.ok) throw new RefusalError(prepared.refusal);
    return this.store({
      processId: instance.id,
      type: request.type,
      payload,
      key,
      actor: request.actor,
      now,
    });
  }

  /**
   * Starts a process the way every state change happens: pre-checked here (400, 403, 409), stored as a
   * start command naming the new process, created by the worker. With an idempotency key the process id
   * follows from definition and key, so a repeat finds the first start command and its outcome.
   */
  async start(request: StartSubmitRequest): Promise<Command> {
    const definition = this.registry.latest(request.definitionKey);
    const input = validate(definition.input, request.input, 'input');
    const payload: StartPayload = { definition: definition.key, input };
    const key = request.idempotencyKey ?? null;
    // Keys are scoped per sender, so two users' keys never name the same process.
    const processId = key
      ? startedProcessId(definition.key, `${request.actor.userId}\u0000${key}`)
      : randomUUID();
    const em = this.em.fork();
    const repeat = key
      ? await this.findRepeat(em, { processId, type: START_COMMAND, actor: request.actor }, key, payload)
      : null;
    if (repeat) return this.awaitDecision(repeat);

    await this.clock.refresh(em);
    const now = this.clock.now();
    const actor = await this.reads.actor(request.actor, request.resolvedActor);
    if (!actor) throw new RefusalError(forbidden(engineCoded('command.account_gone')));
    const prepared = await this.starter.prepare(em, { definitionKey: definition.key, input, actor, now });
    if (!prepared.ok) throw new RefusalError(prepared.refusal);
    return this.store({ processId, type: START_COMMAND, payload, key, actor: request.actor, now });
  }

  /**
   * Moves an instance to a later version of its definition, pre-checked here (403 unless the operator,
   * 400 unknown version, 409 where the declared mappings do not reach) and applied by the worker.
   */
  async migrate(request: MigrateSubmitRequest): Promise<Command> {
    const em = this.em.fork();
    const [instance, actor] = await Promise.all([
      this.reads.instance(request.processId),
      this.reads.actor(request.actor, request.resolvedActor),
    ]);
    if (!instance) throw new NotFoundError('process', request.processId);
    const payload: MigratePayload = validate(migratePayload, { toVersion: request.toVersion }, 'body');
    const key = request.idempotencyKey ?? null;
    const repeat = key
      ? await this.findRepeat(
          em,
          { processId: instance.id, type: MIGRATE_COMMAND, actor: request.actor },
          key,
          payload,
        )
      : null;
    if (repeat) return this.awaitDecision(repeat);
    await this.clock.refresh(em);
    const now = this.clock.now();
    const plan = await this.migrator.check(em, actor, instance, payload.toVersion, now);
    if (!plan.ok) throw new RefusalError(plan.refusal);
    return this.store({
      processId: instance.id,
      type: MIGRATE_COMMAND,
      payload,
      key,
      actor: request.actor,
      now,
    });
  }

  private async store(request: {
    processId: string;
    type: string;
    payload: Record<string, unknown>;
    key: string | null;
    actor: ActorRef & { type: 'user' };
    now: Date;
  }): Promise<Command> {
    const { key, payload } = request;
    const command = queuedCommand({
      id: randomUUID(),
      processId: request.processId,
      type: request.type,
      payload,
      idempotencyKey: key,
      actor: request.actor,
      source: 'http',
      createdAt: request.now,
    });

    // Listening before the command exists: its decision cannot slip past.
    const expectation = this.waiter.expect(command.id, DECISION_WAIT_MS);
    try {
      await this.inserts.submit(command);
    } catch (error) {
      expectation.cancel();
      // A concurrent request with the same key won the race: answer with its command.
      if (key && isUniqueViolation(error)) {
        const winner = await this.findRepeat(this.em.fork(), request, key, payload);
        if (winner) return this.awaitDecision(winner);
      }
      throw error;
    }
    return this.settle(command, await expectation.decision);
  }

  async find(commandId: string): Promise<Command> {
    const command = await this.em.fork().findOne(Command, commandId);
    if (!command) throw new NotFoundError('command', commandId);
    return command;
  }

  private async findRepeat(
    em: EntityManager,
    request: { processId: string; type: string; actor: ActorRef & { type: 'user' } },
    key: string,
    payload: Record<string, unknown>,
  ) {
    // Keys are scoped per sender: another user's key names a different command.
    const existing = await em.findOne(Command, {
      processId: request.processId,
      idempotencyKey: key,
      actor: { userId: request.actor.userId },
    });
    if (!existing) return null;
    if (existing.type !== request.type || canonicalJson(existing.payload) !== canonicalJson(payload)) {
      throw new WorkflowError(
        'IDEMPOTENCY_CONFLICT',
        `idempotency key ${key} was used for a different command`,
      );
    }
    return existing;
  }

  private async awaitDecision(command: Command): Promise<Command> {
    if (command.status !== 'queued') return command;
    const expectation = this.waiter.expect(command.id, DECISION_WAIT_MS);
    // It may have been decided before we started listening.
    const current = await this.reload(command.id);
    if (current.status !== 'queued') {
      expectation.cancel();
      return current;
    }
    return this.settle(current, await expectation.decision);
  }

  private async settle(command: Command, decision: Decision | null): Promise<Command> {
    if (!decision) return this.reload(command.id);
    return Object.assign(command, {
      status: decision.status,
      code: decision.code,
      reason: decision.reason,
      // A decision NOTIFYed by an older worker carries no key: the kind's key words it.
      errorKey: decision.errorKey ?? null,
      errorParams: decision.errorParams ?? null,
      errorDetails: decision.errorDetails ?? null,
      decidedAt: decision.decidedAt ? new Date(decision.decidedAt) : null,
    });
  }

  private reload(commandId: string): Promise<Command> {
    return this.em.fork().findOneOrFail(Command, commandId, { disableIdentityMap: true });
  }

  /**
   * One statement for the commands submitted meanwhile, then they go to a worker together. A group lost on
   * the way (Redis down, the process killed) is made good by the sweeper, which republishes commands still
   * queued.
   */
  private async insert(commands: Command[]): Promise<void[]> {
    await this.dispatch.send(await insertQueuedCommands(this.em, commands));
    return commands.map(() => undefined);
  }
}
