import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, ActorRef, ActorResolver, UserActor } from '@gremium/workflow';
import { User } from './user.entity';

/** The actor a user row stands for. */
export function actorOfUser(user: User): UserActor {
  return { type: 'user', userId: user.id, personId: user.personId, roles: user.roles };
}

/** A user's actor as the data says now: a deleted account has no rights. */
@Injectable()
export class UserActorResolver implements ActorResolver {
  async resolve(em: EntityManager, ref: ActorRef): Promise<Actor | null> {
    return (await this.resolveMany(em, [ref]))[0];
  }

  async resolveMany(em: EntityManager, refs: readonly ActorRef[]): Promise<(Actor | null)[]> {
    const ids = [...new Set(refs.flatMap((ref) => (ref.type === 'user' ? [ref.userId] : [])))];
    // Read only: kept out of the identity map, so a transaction's flush has nothing to compare.
    const users =
      ids.length > 0 ? await em.find(User, { id: { $in: ids } }, { disableIdentityMap: true }) : [];
    const byId = new Map(users.map((user) => [user.id, user]));
    return refs.map((ref) => {
      if (ref.type === 'system') return ref;
      const user = byId.get(ref.userId);
      return user ? actorOfUser(user) : null;
    });
  }
}
