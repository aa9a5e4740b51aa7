import { z } from 'zod';
import { conflict, ProcessInstance } from '@gremium/workflow';
import { berlinDateOf } from '../terms/calendar-date';
import {
  consentDefinition,
  consentedAt,
  consentMachine,
  type ConsentContext,
} from '../shared/consent-machine';
import { requireActiveGroup } from '../working-groups/group-checks';
import { dissolveWorkingGroup } from './dissolve-working-group.effect';

export const dissolutionInput = z
  .object({ workingGroupId: z.uuid(), reason: z.string().trim().min(1).max(5000) })
  .strict();
export type DissolutionInput = z.infer<typeof dissolutionInput>;

export interface DissolutionContext extends ConsentContext {
  workingGroupId: string;
  reason: string;
}

export const workingGroupDissolutionMachine = consentMachine<DissolutionContext>({
  id: 'working-group-dissolution',
  outcome: 'dissolved',
  context: (start) => {
    const data = start.payload as DissolutionInput;
    return { workingGroupId: data.workingGroupId, reason: data.reason };
  },
  outcomeParams: (context) => ({
    workingGroupId: context.workingGroupId,
    dissolvedAt: berlinDateOf(consentedAt(context)),
  }),
});

export const workingGroupDissolution = consentDefinition<DissolutionInput>({
  key: 'working-group-dissolution',
  machine: workingGroupDissolutionMachine,
  input: dissolutionInput,
  labels: { de: 'Auflösung einer Arbeitsgruppe', en: 'Dissolving a working group' },
  outcome: ['dissolved', { de: 'Aufgelöst', en: 'Dissolved' }],
  startCheck: async ({ em, payload }) => {
    const workingGroupId = String(payload.workingGroupId);
    const inactive = await requireActiveGroup(em, workingGroupId);
    if (inactive) return inactive;
    const pending = await em.count(ProcessInstance, {
      definitionKey: 'working-group-dissolution',
      status: 'active',
      subjectId: workingGroupId,
    });
    return pending ? conflict('a dissolution of this working group is already pending') : null;
  },
  subject: (context) => ({ type: 'working-group', id: String(context.workingGroupId) }),
  applyOutcome: dissolveWorkingGroup,
});
