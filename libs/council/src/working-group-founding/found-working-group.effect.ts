import type { EffectHandler } from '@gremium/workflow';
import { WorkingGroup } from '../working-groups/working-group.entity';

export interface FoundingParams extends Record<string, unknown> {
  workingGroupId: string;
  name: string;
  topic: string;
  rationale: string;
  initialMemberIds: string[];
  foundedAt: string;
}

/** Both bodies consented (R8): the working group exists from now on, active. */
export const foundWorkingGroup: EffectHandler = async ({ em, instance, now }, params) => {
  const p = params as FoundingParams;
  em.create(WorkingGroup, {
    id: p.workingGroupId,
    name: p.name,
    topic: p.topic,
    rationale: p.rationale,
    status: 'active',
    moderatorId: null,
    foundedAt: p.foundedAt,
    dissolvedAt: null,
    foundingProcessId: instance.id,
    createdAt: now,
    updatedAt: now,
  });
};
