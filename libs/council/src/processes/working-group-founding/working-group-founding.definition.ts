import { invalidField } from '@gremium/workflow';
import { Person } from '../../people/person.entity';
import { consentDefinition } from '../../shared/consent-machine';
import { foundWorkingGroup } from './working-group-founding.effects';
import { workingGroupFoundingMachine } from './working-group-founding.machine';
import { foundingInput } from './working-group-founding.schemas';

export const workingGroupFounding = consentDefinition({
  key: 'working-group-founding',
  machine: workingGroupFoundingMachine,
  input: foundingInput,
  labels: { de: 'Gründung einer Arbeitsgruppe', en: 'Founding a working group' },
  description: {
    de: 'Der Vorschlag geht an die Steuerungsgruppe und an die Vollversammlung; beide müssen zustimmen, damit die Arbeitsgruppe gegründet ist.',
    en: 'The proposal goes to the steering group and the plenary; both must consent for the working group to be founded.',
  },
  summary: ['name', 'topic', 'rationale', 'initialMemberIds', 'steering', 'plenary', 'withdrawal'],
  outcome: ['founded', { de: 'Gegründet', en: 'Founded' }],
  startCheck: async ({ em, payload }) => {
    const ids = [...new Set(payload.initialMemberIds ?? [])];
    const found = ids.length ? await em.count(Person, { id: { $in: ids } }) : 0;
    return found === ids.length
      ? null
      : invalidField('input.initialMemberIds', 'names a person who does not exist');
  },
  subject: (context) => ({ type: 'working-group', id: context.workingGroupId }),
  applyOutcome: foundWorkingGroup,
});
