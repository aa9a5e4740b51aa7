import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActorRef, UserActor } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import { Clock } from '../clock/clock.service';
import { availableCommands, type AvailableCommand } from '../engine/available-commands';
import { OperatorCommands } from '../engine/operator-commands';
import { SharedReads } from './shared-reads';
import { AuditEvent } from '../entities/audit-event.entity';
import { ProcessInstance } from '../entities/process-instance.entity';
import { NotFoundError } from '../errors/workflow.error';
import { toMermaid } from '../diagram/mermaid';

export interface ProcessView {
  instance: ProcessInstance;
  availableCommands: AvailableCommand[];
}

/** Reading processes for the delivery layer (they start and change through CommandIntake). */
@Injectable()
export class ProcessQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
    private readonly clock: Clock,
    private readonly reads: SharedReads,
    private readonly operator: OperatorCommands,
  ) {}

  async get(id: string): Promise<ProcessInstance> {
    const instance = await this.reads.instance(id);
    if (!instance) throw new NotFoundError('process', id);
    return instance;
  }

  async withCommands(instance: ProcessInstance, actorRef: ActorRef, known?: UserActor): Promise<ProcessView> {
    const [view] = await this.manyWithCommands([instance], actorRef, known);
    return view;
  }

  /**
   * A page of processes with the commands this user may send: the actor is looked up once, not per row
   * (not at all when the caller knows it, see `SharedReads.actor`).
   */
  async manyWithCommands(
    instances: readonly ProcessInstance[],
    actorRef: ActorRef,
    known?: UserActor,
  ): Promise<ProcessView[]> {
    const em = this.em.fork();
    const actor = await this.reads.actor(actorRef, known);
    const now = this.clock.now();
    const views: ProcessView[] = [];
    for (const instance of instances) {
      const definition = this.registry.get(instance.definitionKey, instance.definitionVersion);
      const commands = actor
        ? await availableCommands(em, definition, this.operator, instance, actor, now)
        : [];
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
