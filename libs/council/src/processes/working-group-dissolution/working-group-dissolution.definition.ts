import { conflict, ProcessInstance } from '@gremium/workflow';
import { consentDefinition } from '../../shared/consent-machine';
import { requireActiveGroup } from '../../working-groups/group-checks';
import { dissolveWorkingGroup } from './working-group-dissolution.effects';
import { workingGroupDissolutionMachine } from './working-group-dissolution.machine';
import { dissolutionInput } from './working-group-dissolution.schemas';

export const workingGroupDissolution = consentDefinition({
  key: 'working-group-dissolution',
  machine: workingGroupDissolutionMachine,
  input: dissolutionInput,
  labels: { de: 'Auflösung einer Arbeitsgruppe', en: 'Dissolving a working group' },
  description: {
    de: 'Die Auflösung braucht wie die Gründung die Zustimmung der Vollversammlung und der Steuerungsgruppe.',
    en: 'Like a founding, a dissolution needs the consent of the plenary and of the steering group.',
  },
  summary: ['workingGroupId', 'reason', 'steering', 'plenary', 'withdrawal'],
  outcome: ['dissolved', { de: 'Aufgelöst', en: 'Dissolved' }],
  startCheck: async ({ em, payload }) => {
    const inactive = await requireActiveGroup(em, payload.workingGroupId);
    if (inactive) return inactive;
    const pending = await em.count(ProcessInstance, {
      definitionKey: 'working-group-dissolution',
      status: 'active',
      subjectId: payload.workingGroupId,
    });
    return pending ? conflict('a dissolution of this working group is already pending') : null;
  },
  subject: (context) => ({ type: 'working-group', id: context.workingGroupId }),
  applyOutcome: dissolveWorkingGroup,
});
