import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActorRef } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import { Clock } from '../clock/clock.service';
import { availableCommands, type AvailableCommand } from '../engine/available-commands';
import { ACTOR_RESOLVER, type ActorResolver } from '../engine/engine-tokens';
import { SharedReads } from './shared-reads';
import { ProcessStarter, type StartRequest } from '../engine/process-starter';
import { AuditEvent } from '../entities/audit-event.entity';
import { ProcessInstance } from '../entities/process-instance.entity';
import { RefusalError } from '../errors/refusal.error';
import { engineCoded, forbidden } from '../errors/refusal';
import { NotFoundError } from '../errors/workflow.error';
import { toMermaid } from '../diagram/mermaid';
import { EffectBatch } from '../outbox/effect-batch';
import { OutboxPublisher } from '../outbox/outbox-publisher.service';

export interface ProcessView {
  instance: ProcessInstance;
  availableCommands: AvailableCommand[];
}

/** Reading and starting processes for the delivery layer. */
@Injectable()
export class ProcessQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
    private readonly clock: Clock,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
    private readonly starter: ProcessStarter,
    private readonly outbox: OutboxPublisher,
    private readonly reads: SharedReads,
  ) {}

  async start(request: Omit<StartRequest, 'actor' | 'now'> & { actor: ActorRef }): Promise<ProcessInstance> {
    const batch = new EffectBatch();
    const em = this.em.fork();
    await this.clock.refresh(em);
    const actor = await this.actors.resolve(em, request.actor);
    if (!actor) throw new RefusalError(forbidden(engineCoded('command.account_gone')));
    const instance = await em.transactional((tx) =>
      this.starter.start(tx, batch, { ...request, actor, now: this.clock.now() }),
    );
    await this.outbox.flush(batch);
    return instance;
  }

  async get(id: string): Promise<ProcessInstance> {
    const instance = await this.reads.instance(id);
    if (!instance) throw new NotFoundError('process', id);
    return instance;
  }

  async withCommands(instance: ProcessInstance, actorRef: ActorRef): Promise<ProcessView> {
    const [view] = await this.manyWithCommands([instance], actorRef);
    return view;
  }

  /** A page of processes with the commands this user may send: the actor is looked up once, not per row. */
  async manyWithCommands(instances: readonly ProcessInstance[], actorRef: ActorRef): Promise<ProcessView[]> {
    const em = this.em.fork();
    const actor = await this.reads.actor(actorRef);
    const now = this.clock.now();
    const views: ProcessView[] = [];
    for (const instance of instances) {
      const definition = this.registry.get(instance.definitionKey, instance.definitionVersion);
      const commands = actor ? await availableCommands(em, definition, instance, actor, now) : [];
      views.push({ instance, availableCommands: commands });
    }
    return views;
  }

  async history(id: string): Promise<AuditEvent[]> {
    await this.get(id);
    return this.em.fork().find(AuditEvent, { processId: id }, { orderBy: { seq: 'asc' } });
  }

  diagram(instance: ProcessInstance): string {
    return toMermaid(
      this.registry.get(instance.definitionKey, instance.definitionVersion).machine,
      instance.state,
    );
  }
}
