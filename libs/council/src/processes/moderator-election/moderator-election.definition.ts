import { conflict, type ProcessDefinition } from '@gremium/workflow';
import { requireMeetingOf } from '../../meetings/meeting-checks';
import { isGroupMember } from '../../memberships/membership-queries';
import { anyOf, coordinationOnly, groupInContext, moderatorOf } from '../../permissions/rules';
import { reasonPayload } from '../../shared/payload-schemas';
import { berlinDateOf } from '../../terms/calendar-date';
import { requireActiveGroup } from '../../working-groups/group-checks';
import { electModerator } from './moderator-election.effects';
import {
  moderatorElectionMachine,
  type ElectionContext,
  type ElectionParams,
} from './moderator-election.machine';
import {
  electionInput,
  electPayload,
  type ElectionCommands,
  type ElectionInput,
} from './moderator-election.schemas';
import { councilVocabulary } from '../../shared/vocabulary';

interface ElectionTypes {
  input: ElectionInput;
  context: ElectionContext;
  facts: Record<string, never>;
  commands: ElectionCommands;
  effects: { electModerator: ElectionParams };
}

export const moderatorElection: ProcessDefinition<ElectionTypes> = {
  key: 'moderator-election',
  version: 1,
  machine: moderatorElectionMachine,
  input: electionInput,
  labels: { de: 'Wahl der Moderation', en: 'Moderator election' },
  description: {
    de: 'Die Arbeitsgruppe wählt ihre Moderation aus ihren Mitgliedern.',
    en: 'The working group elects its moderator from its members.',
  },
  vocabulary: councilVocabulary,
  summary: ['workingGroupId', 'electedPersonId', 'closedReason'],
  stateLabels: {
    open: { de: 'Offen', en: 'Open' },
    elected: { de: 'Gewählt', en: 'Elected' },
    cancelled: { de: 'Abgebrochen', en: 'Cancelled' },
  },
  commands: {
    ELECT: {
      payload: electPayload,
      label: { de: 'Wahl erfassen', en: 'Record the election' },
      permission: anyOf(coordinationOnly, moderatorOf(groupInContext)),
      final: true,
      // R3: the group chooses its moderator from its own members.
      check: async (ctx) => {
        const { em, payload, instance, now } = ctx;
        const groupId = instance?.context.workingGroupId ?? '';
        const member = await isGroupMember(em, payload.personId, groupId, berlinDateOf(now));
        if (!member) {
          return conflict('the elected person is not a member of this working group', {
            field: 'payload.personId',
          });
        }
        return requireMeetingOf(em, payload.meetingId, 'working-group', 'payload.meetingId', groupId);
      },
    },
    CANCEL: {
      payload: reasonPayload,
      label: { de: 'Wahl abbrechen', en: 'Cancel the election' },
      permission: coordinationOnly,
      final: true,
    },
  },
  startPermission: coordinationOnly,
  startCheck: ({ em, payload }) => requireActiveGroup(em, payload.workingGroupId),
  subject: (context) => ({ type: 'working-group', id: context.workingGroupId }),
  effects: { electModerator },
};
