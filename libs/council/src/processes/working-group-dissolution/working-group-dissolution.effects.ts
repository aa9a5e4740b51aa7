import { ProcessInstance, type EffectHandler } from '@gremium/workflow';
import { addDays } from '../../terms/calendar-date';
import { ModeratorTenure } from '../../working-groups/moderator-tenure.entity';
import { WorkingGroup } from '../../working-groups/working-group.entity';
import type { DissolutionContext, DissolutionParams } from './working-group-dissolution.machine';

/** The processes that end with the group: drafts and reviews of its recommendations, an open election. */
export const CLOSED_BY_DISSOLUTION = ['recommendation', 'moderator-election'];

/** R8/R6: the group becomes inactive (its moderator's steering seat goes with it); its open items close, kept. */
export const dissolveWorkingGroup: EffectHandler<DissolutionContext, DissolutionParams> = async (
  { em, now, engine },
  { workingGroupId, dissolvedAt },
) => {
  const group = await em.findOneOrFail(WorkingGroup, workingGroupId);
  Object.assign(group, { status: 'dissolved', dissolvedAt, updatedAt: now });
  // The moderator's tenure ends with the group's last day.
  for (const tenure of await em.find(ModeratorTenure, { workingGroupId, to: null }))
    tenure.to = addDays(dissolvedAt, -1);
  const open = await em.find(ProcessInstance, {
    definitionKey: { $in: CLOSED_BY_DISSOLUTION },
    status: 'active',
    context: { workingGroupId },
  });
  for (const process of open) await engine.sendCommand(process.id, 'GROUP_DISSOLVED', { workingGroupId });
};
