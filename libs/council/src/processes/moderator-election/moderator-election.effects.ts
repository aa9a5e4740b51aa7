import { randomUUID } from 'node:crypto';
import type { EffectHandler } from '@gremium/workflow';
import { Membership } from '../../memberships/membership.entity';
import { inForceOn } from '../../memberships/membership-queries';
import { addDays, compareDates } from '../../terms/calendar-date';
import { ModeratorTenure } from '../../working-groups/moderator-tenure.entity';
import { WorkingGroup } from '../../working-groups/working-group.entity';
import type { ElectionContext, ElectionParams } from './moderator-election.machine';

/** The elected person moderates from today and holds the group's steering seat; the previous one leaves it. */
export const electModerator: EffectHandler<ElectionContext, ElectionParams> = async (
  { em, now },
  { workingGroupId, personId, since },
) => {
  const group = await em.findOneOrFail(WorkingGroup, workingGroupId);
  const memberships = await em.find(Membership, {
    workingGroupId,
    body: 'working-group',
    ...inForceOn(since),
  });
  for (const membership of memberships) {
    const role =
      membership.personId === personId
        ? 'moderator'
        : membership.role === 'moderator'
          ? 'member'
          : membership.role;
    if (role !== membership.role) Object.assign(membership, { role, updatedAt: now });
  }
  Object.assign(group, { moderatorId: personId, moderatorSince: since, updatedAt: now });
  // The history: the previous moderator's tenure ends the day before; one begun the same day is replaced.
  for (const open of await em.find(ModeratorTenure, { workingGroupId, to: null })) {
    if (compareDates(open.from, since) < 0) open.to = addDays(since, -1);
    else em.remove(open);
  }
  em.create(ModeratorTenure, {
    id: randomUUID(),
    workingGroupId,
    personId,
    from: since,
    to: null,
    createdAt: now,
  });
};
