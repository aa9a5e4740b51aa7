import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import { Clock } from '../clock/clock.service';
import type { Command } from '../entities/command.entity';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { EffectBatch } from '../outbox/effect-batch';
import { OutboxPublisher } from '../outbox/outbox-publisher.service';
import { CommandGate } from './command-gate';
import { decisionMessage } from './decision';
import { ACTOR_RESOLVER, type ActorResolver } from './engine-tokens';
import { stepMachine } from '../definition/machine-adapter';
import { MIGRATE_COMMAND, migratePayload, START_COMMAND, startPayload } from './engine-commands';
import { InstanceMigrator } from './instance-migrator';
import { CANCELLED_STATE } from './operator-commands';
import { ProcessStarter, type StartPreparation } from './process-starter';
import { engineCoded, forbidden, type Refusal } from '../errors/refusal';
import { WorkflowError } from '../errors/workflow.error';
import { OpenTasks } from './task-synchronizer';
import { TransitionRecorder } from './transition-recorder';
import { lockBatch } from '../rows/batch-rows';
import { recordDecisions } from '../rows/command-rows';
import { withTransitionsWrittenBehind } from '../rows/write-behind';

export const COMMAND_DECIDED_CHANNEL = 'command_decided';

interface Deciding {
  em: EntityManager;
  batch: EffectBatch;
  command: Command;
  instance: ProcessInstance;
  actor: Actor | null;
  openTasks: OpenTasks;
  now: Date;
}

/**
 * Applies queued commands, several in one transaction. Redelivery is harmless: a command row is locked
 * (rows another transaction holds are skipped: that one decides them) and only a `queued` command is
 * applied. A refusal is committed as `rejected`; only infrastructure errors throw, and then nothing of
 * the batch is committed.
 */
@Injectable()
export class CommandApplier {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
    private readonly clock: Clock,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
    private readonly gate: CommandGate,
    private readonly recorder: TransitionRecorder,
    private readonly starter: ProcessStarter,
    private readonly outbox: OutboxPublisher,
    private readonly migrator: InstanceMigrator,
  ) {}

  apply(commandId: string): Promise<void> {
    return this.applyMany([commandId]);
  }

  async applyMany(commandIds: readonly string[]): Promise<void> {
    const batch = new EffectBatch();
    await this.em
      .fork()
      .transactional((em) => withTransitionsWrittenBehind(em, () => this.decideAll(em, batch, commandIds)));
    await this.outbox.flush(batch);
  }

  /** Locks the commands still queued and their processes, and decides each in the order they came. */
  private async decideAll(
    em: EntityManager,
    batch: EffectBatch,
    commandIds: readonly string[],
  ): Promise<void> {
    const { commands, instances, openTasks } = await lockBatch(em, commandIds);
    if (commands.length === 0) return;
    await this.clock.refresh(em);
    const now = this.clock.now();
    const byId = new Map(instances.map((instance) => [instance.id, instance]));
    const actors = await this.actors.resolveMany(
      em,
      commands.map((command) => command.actor),
    );
    for (const [index, command] of commands.entries()) {
      if (command.type === START_COMMAND) {
        await this.decideStart(em, batch, command, actors[index], now);
        continue;
      }
      const instance = byId.get(command.processId);
      if (!instance) throw new Error(`command ${command.id}: process ${command.processId} not found`);
      const deciding = { em, batch, command, instance, actor: actors[index], openTasks, now };
      if (command.type === MIGRATE_COMMAND) await this.decideMigration(deciding);
      else await this.decide(deciding);
    }
    await em.flush();
    await recordDecisions(em, commands, COMMAND_DECIDED_CHANNEL, commands.map(decisionMessage));
  }

  /** A start command creates the process it names, unless the data now refuses the start. */
  private async decideStart(
    em: EntityManager,
    batch: EffectBatch,
    command: Command,
    actor: Actor | null,
    now: Date,
  ): Promise<void> {
    command.decidedAt = now;
    const { definition, input } = startPayload.parse(command.payload);
    const request = { definitionKey: definition, input, now };
    const prepared = actor
      ? await this.starter.prepare(em, { ...request, actor }).catch(refusalOfInput)
      : ({ ok: false, refusal: forbidden(engineCoded('command.account_gone')) } as const);
    if (!actor || !prepared.ok) {
      reject(command, prepared.ok ? forbidden(engineCoded('command.account_gone')) : prepared.refusal);
      return;
    }
    const instance = await this.starter.create(
      em,
      batch,
      {
        ...request,
        actor,
        id: command.processId,
        commandId: command.id,
        idempotencyKey: command.idempotencyKey,
      },
      prepared,
    );
    // A start key used before starts were commands names an older process: the command points to it.
    command.processId = instance.id;
    command.status = 'applied';
  }

  /** A migration, checked again under the row lock: the operator's right and the mapping's coverage. */
  private async decideMigration(deciding: Deciding): Promise<void> {
    const { em, batch, command, instance, actor, openTasks, now } = deciding;
    command.decidedAt = now;
    const { toVersion } = migratePayload.parse(command.payload);
    const plan = await this.migrator.check(em, actor, instance, toVersion, now);
    if (!plan.ok) {
      reject(command, plan.refusal);
      return;
    }
    await this.migrator.migrate({
      em,
      batch,
      instance,
      plan,
      now,
      commandId: command.id,
      openTasks: openTasks.of(instance.id),
      startProcess: this.starter.childStarter(em, batch, instance.id, now),
    });
    command.status = 'applied';
  }

  private async decide(deciding: Deciding): Promise<void> {
    const { em, batch, command, instance, actor, openTasks, now } = deciding;
    const definition = this.registry.get(instance.definitionKey, instance.definitionVersion);
    const prepared = await this.gate.prepare(em, definition, instance, command, actor, now);
    command.decidedAt = now;
    if (!prepared.ok) {
      reject(command, prepared.refusal);
      return;
    }
    if (prepared.kind === 'cancel') {
      await this.recorder.recordOperation({
        em,
        batch,
        definition,
        instance,
        event: prepared.event,
        commandId: command.id,
        state: CANCELLED_STATE,
        context: instance.context,
        snapshot: null,
        openTasks: openTasks.of(instance.id),
        startProcess: this.starter.childStarter(em, batch, instance.id, now),
      });
      command.status = 'applied';
      return;
    }
    await this.recorder.record({
      em,
      batch,
      definition,
      instance,
      stateBefore: instance.state,
      step: stepMachine(definition.machine, prepared.snapshot, prepared.event),
      event: prepared.event,
      commandId: command.id,
      openTasks: openTasks.of(instance.id),
      startProcess: this.starter.childStarter(em, batch, instance.id, now),
    });
    command.status = 'applied';
  }
}

/** A refusal recorded on the command with its key, so the API words it as if it had refused at once. */
function reject(command: Command, refusal: Refusal): void {
  command.status = 'rejected';
  command.code = refusal.code;
  command.reason = refusal.reason;
  command.errorKey = refusal.key;
  command.errorParams = refusal.params ?? {};
  command.errorDetails = refusal.details ?? null;
}

/** Input that no longer fits the definition (it changed since the intake checked it) refuses the start. */
function refusalOfInput(error: unknown): StartPreparation {
  if (
    error instanceof WorkflowError &&
    (error.code === 'VALIDATION_FAILED' || error.code === 'UNKNOWN_DEFINITION')
  )
    return {
      ok: false,
      refusal: {
        code: 'VALIDATION_FAILED',
        reason: error.message,
        key: error.key,
        params: error.params,
        details: error.details,
      },
    };
  throw error;
}
