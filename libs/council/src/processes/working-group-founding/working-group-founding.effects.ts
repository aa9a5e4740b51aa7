import { randomUUID } from 'node:crypto';
import type { EffectHandler } from '@gremium/workflow';
import type { FoundingContext, FoundingParams } from './working-group-founding.machine';
import { Membership } from '../../memberships/membership.entity';
import { WorkingGroup } from '../../working-groups/working-group.entity';

/**
 * Both bodies consented (R8): the group exists, active, with its first members; its moderator seat in
 * the steering group is vacant until the moderator election (P5) that starts now.
 */
export const foundWorkingGroup: EffectHandler<FoundingContext, FoundingParams> = async (
  { em, instance, now, engine },
  p,
) => {
  em.create(WorkingGroup, {
    id: p.workingGroupId,
    name: p.name,
    topic: p.topic,
    rationale: p.rationale,
    status: 'active',
    moderatorId: null,
    moderatorSince: null,
    foundedAt: p.foundedAt,
    dissolvedAt: null,
    foundingProcessId: instance.id,
    createdAt: now,
    updatedAt: now,
  });
  for (const personId of p.initialMemberIds) {
    em.create(Membership, {
      id: randomUUID(),
      personId,
      body: 'working-group',
      workingGroupId: p.workingGroupId,
      role: 'member',
      from: p.foundedAt,
      to: null,
      topic: null,
      onBehalfOfId: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  // The group row must exist before the election's start check looks for it.
  await em.flush();
  await engine.startProcess('moderator-election', { workingGroupId: p.workingGroupId });
};
