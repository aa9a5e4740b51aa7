import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, ActorRef, UserActor } from '../definition/actor';
import { ACTOR_RESOLVER, type ActorResolver } from '../engine/engine-tokens';
import { MicroBatch } from '../engine/micro-batch';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { readInstances } from '../rows/instance-rows';

const GROUPS = { maxBatch: 64, maxRunning: 2 };

/**
 * Reads outside any transaction that concurrent requests share: those asked for while a read runs go
 * together into the next one, which starts after they were asked for (so each sees what was committed
 * before it asked). What they return is for reading only (instances are read over `pg`, outside any unit of
 * work).
 */
@Injectable()
export class SharedReads {
  private readonly instances = new MicroBatch(
    'read processes',
    (ids: string[]) => this.readInstances(ids),
    GROUPS,
  );
  private readonly actors = new MicroBatch(
    'resolve actors',
    (refs: ActorRef[]) => this.resolver.resolveMany(this.em.fork(), refs),
    GROUPS,
  );

  constructor(
    private readonly em: EntityManager,
    @Inject(ACTOR_RESOLVER) private readonly resolver: ActorResolver,
  ) {}

  instance(id: string): Promise<ProcessInstance | undefined> {
    return this.instances.submit(id);
  }

  /**
   * The actor `ref` names; `known` is that user as the caller read it earlier in the same request (the
   * API's session), taken instead of reading the row again. The worker resolves its own under the lock.
   */
  actor(ref: ActorRef, known?: UserActor): Promise<Actor | null> {
    if (known && ref.type === 'user' && known.userId === ref.userId) return Promise.resolve(known);
    return this.actors.submit(ref);
  }

  private async readInstances(ids: string[]): Promise<(ProcessInstance | undefined)[]> {
    const found = await readInstances(this.em, [...new Set(ids)]);
    const byId = new Map(found.map((instance) => [instance.id, instance]));
    return ids.map((id) => byId.get(id));
  }
}
