import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  berlinDateOf,
  inForceOn,
  isSteeringMember,
  Membership,
  Person,
  steeringGroupForChecks,
  User,
  WorkingGroup,
} from '@gremium/council';
import { Clock } from '@gremium/workflow';

/** `GET /api/auth/me`: the account, its stored roles and what the data lets it do today. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  personId: string | null;
  roles: string[];
  permissions: string[];
  /** E-mail for each notification at once, or one digest a day. */
  notificationDelivery: string;
}

@Injectable()
export class MeService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async describe(user: User): Promise<Me> {
    const em = this.em.fork();
    const person = user.personId ? await em.findOne(Person, user.personId) : null;
    return {
      id: user.id,
      email: user.email,
      displayName: person?.name ?? user.email,
      personId: user.personId,
      roles: user.roles,
      permissions: [...user.roles, ...(person ? await this.derived(em, person.id) : [])],
      notificationDelivery: user.notificationDelivery,
    };
  }

  /** What the data says this person may do today (R3, R6): shown by the dashboard, checked again per command. */
  private async derived(em: EntityManager, personId: string): Promise<string[]> {
    await this.clock.refresh(em);
    const today = berlinDateOf(this.clock.now());
    const [composition, moderated, memberships] = await Promise.all([
      steeringGroupForChecks(em, today),
      em.find(WorkingGroup, { moderatorId: personId, status: 'active' }),
      em.find(Membership, { personId, body: 'working-group', ...inForceOn(today) }),
    ]);
    return [
      ...(isSteeringMember(composition, personId) ? ['steering-member'] : []),
      ...moderated.map((group) => `moderator:${group.id}`),
      ...memberships.map((membership) => `member:${membership.workingGroupId}`),
    ];
  }
}
