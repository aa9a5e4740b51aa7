import type { EffectHandler } from '@gremium/workflow';
import { Membership } from '../../memberships/membership.entity';
import { inForceOn } from '../../memberships/membership-queries';
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
};
