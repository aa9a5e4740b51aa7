import { berlinDateOf } from '../../terms/calendar-date';
import { consentedAt, consentMachine, type ConsentContext } from '../../shared/consent-machine';
import type { FoundingInput } from './working-group-founding.schemas';

export interface FoundingContext extends ConsentContext {
  name: string;
  topic: string;
  rationale: string;
  initialMemberIds: string[];
  /** Reserved when the proposal is made, so the founded group's id is known to the pure machine. */
  workingGroupId: string;
}

export interface FoundingParams {
  workingGroupId: string;
  name: string;
  topic: string;
  rationale: string;
  initialMemberIds: string[];
  foundedAt: string;
}

export const workingGroupFoundingMachine = consentMachine<FoundingContext>({
  id: 'working-group-founding',
  outcome: 'founded',
  context: (start) => {
    const data = start.payload as FoundingInput;
    return {
      name: data.name,
      topic: data.topic,
      rationale: data.rationale,
      initialMemberIds: data.initialMemberIds ?? [],
      workingGroupId: start.newId,
    };
  },
  outcomeParams: (context): FoundingParams => ({
    workingGroupId: context.workingGroupId,
    name: context.name,
    topic: context.topic,
    rationale: context.rationale,
    initialMemberIds: context.initialMemberIds,
    foundedAt: berlinDateOf(consentedAt(context)),
  }),
});
