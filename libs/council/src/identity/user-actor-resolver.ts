import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  runStatement,
  type Actor,
  type ActorRef,
  type ActorResolver,
  type Statement,
  type UserActor,
} from '@gremium/workflow';
import type { User } from './user.entity';

/** The actor a user row stands for. */
export function actorOfUser(user: Pick<User, 'id' | 'personId' | 'roles'>): UserActor {
  return { type: 'user', userId: user.id, personId: user.personId, roles: user.roles };
}

/** Every command's actor is read with it, at the intake and again when it is applied: a prepared statement. */
const READ_ACTORS: Statement = {
  name: 'gremium_user_actors',
  text: 'select id, person_id, roles from app_user where id = any($1::uuid[])',
};

interface ActorRow {
  id: string;
  person_id: string | null;
  roles: User['roles'];
}

/** A user's actor as the data says now: a deleted account has no rights. */
@Injectable()
export class UserActorResolver implements ActorResolver {
  async resolve(em: EntityManager, ref: ActorRef): Promise<Actor | null> {
    return (await this.resolveMany(em, [ref]))[0];
  }

  async resolveMany(em: EntityManager, refs: readonly ActorRef[]): Promise<(Actor | null)[]> {
    const ids = [...new Set(refs.flatMap((ref) => (ref.type === 'user' ? [ref.userId] : [])))];
    // Read only, and not into the unit of work: a transaction's flush has nothing to compare.
    const rows = ids.length > 0 ? await runStatement<ActorRow>(em, READ_ACTORS, [ids]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return refs.map((ref) => {
      if (ref.type === 'system') return ref;
      const row = byId.get(ref.userId);
      return row ? actorOfUser({ id: row.id, personId: row.person_id, roles: row.roles }) : null;
    });
  }
}
