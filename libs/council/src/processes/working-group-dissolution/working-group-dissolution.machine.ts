import { berlinDateOf } from '../../terms/calendar-date';
import { consentedAt, consentMachine, type ConsentContext } from '../../shared/consent-machine';
import type { DissolutionInput } from './working-group-dissolution.schemas';

export interface DissolutionContext extends ConsentContext {
  workingGroupId: string;
  reason: string;
}

export interface DissolutionParams {
  workingGroupId: string;
  dissolvedAt: string;
}

export const workingGroupDissolutionMachine = consentMachine<DissolutionContext>({
  id: 'working-group-dissolution',
  outcome: 'dissolved',
  context: (start) => {
    const data = start.payload as DissolutionInput;
    return { workingGroupId: data.workingGroupId, reason: data.reason };
  },
  outcomeParams: (context): DissolutionParams => ({
    workingGroupId: context.workingGroupId,
    dissolvedAt: berlinDateOf(consentedAt(context)),
  }),
});
