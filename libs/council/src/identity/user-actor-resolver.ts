import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, ActorRef, ActorResolver } from '@gremium/workflow';
import { User } from './user.entity';

/** A user's actor as the data says now: a deleted account has no rights. */
@Injectable()
export class UserActorResolver implements ActorResolver {
  async resolve(em: EntityManager, ref: ActorRef): Promise<Actor | null> {
    if (ref.type === 'system') return ref;
    const user = await em.findOne(User, ref.userId);
    return user ? { type: 'user', userId: user.id, personId: user.personId, roles: user.roles } : null;
  }
}
