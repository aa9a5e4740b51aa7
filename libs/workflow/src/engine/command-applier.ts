import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DefinitionRegistry } from '../definition/definition-registry';
import { Clock } from '../clock/clock.service';
import { Command } from '../entities/command.entity';
import { ProcessInstance } from '../entities/process-instance.entity';
import { EffectBatch } from '../outbox/effect-batch';
import { OutboxPublisher } from '../outbox/outbox-publisher.service';
import { CommandGate } from './command-gate';
import { ACTOR_RESOLVER, type ActorResolver } from './engine-tokens';
import { stepMachine } from './machine-adapter';
import { ProcessStarter } from './process-starter';
import { TransitionRecorder } from './transition-recorder';

export const COMMAND_DECIDED_CHANNEL = 'command_decided';

/**
 * Applies one queued command in one transaction. Redelivery is harmless: the command row is locked and
 * only a `queued` command is applied. A refusal is committed as `rejected`; only infrastructure errors throw.
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
  ) {}

  async apply(commandId: string): Promise<void> {
    const batch = new EffectBatch();
    await this.em.fork().transactional(async (em) => {
      const command = await em.findOne(Command, commandId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!command || command.status !== 'queued') return;
      await this.clock.refresh(em);
      const now = this.clock.now();
      const instance = await em.findOneOrFail(ProcessInstance, command.processId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      const definition = this.registry.get(instance.definitionKey, instance.definitionVersion);
      const actor = await this.actors.resolve(em, command.actor);
      const prepared = await this.gate.prepare(em, definition, instance, command, actor, now);
      command.decidedAt = now;
      if (!prepared.ok) {
        command.status = 'rejected';
        command.code = prepared.refusal.code;
        command.reason = prepared.refusal.reason;
      } else {
        const stateBefore = instance.state;
        await this.recorder.record({
          em,
          batch,
          definition,
          instance,
          stateBefore,
          step: stepMachine(definition.machine, prepared.snapshot, prepared.event),
          event: prepared.event,
          commandId: command.id,
          startProcess: this.starter.childStarter(em, batch, instance.id, now),
        });
        command.status = 'applied';
      }
      await em.flush();
      await em.execute(`select pg_notify('${COMMAND_DECIDED_CHANNEL}', ?)`, [command.id]);
    });
    await this.outbox.flush(batch);
  }
}
