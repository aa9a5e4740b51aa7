import { z } from 'zod';
import { assign, setup } from 'xstate';
import { conflict, effect, type EngineEvent, type ProcessDefinition } from '@gremium/workflow';
import { allChecks, meetingInPayload } from '../meetings/meeting-checks';
import { isGroupMember } from '../memberships/membership-queries';
import { anyOf, coordinationOnly, groupInContext, moderatorOf } from '../permissions/rules';
import { berlinDateOf } from '../terms/calendar-date';
import { reasonPayload } from '../shared/payload-schemas';
import { requireActiveGroup } from '../working-groups/group-checks';
import { electModerator, type ElectionParams } from './elect-moderator.effect';

export const electionInput = z.object({ workingGroupId: z.uuid() }).strict();
export type ElectionInput = z.infer<typeof electionInput>;

const electPayload = z.object({ personId: z.uuid(), meetingId: z.uuid().optional() }).strict();

export interface ElectionContext {
  workingGroupId: string;
  electedPersonId: string | null;
  meetingId: string | null;
  closedReason: string | null;
}

export const moderatorElectionMachine = setup({
  types: { context: {} as ElectionContext, events: {} as EngineEvent, input: {} as EngineEvent },
  actions: {
    recordElection: assign(({ event }) => ({
      electedPersonId: String(event.payload.personId),
      meetingId: (event.payload.meetingId as string | undefined) ?? null,
    })),
    recordCancel: assign(({ event }) => ({ closedReason: String(event.payload.reason) })),
    recordDissolution: assign({ closedReason: 'group-dissolved' }),
    electModerator: effect<ElectionParams>(),
  },
}).createMachine({
  id: 'moderator-election',
  context: ({ input }) => ({
    workingGroupId: String(input.payload.workingGroupId),
    electedPersonId: null,
    meetingId: null,
    closedReason: null,
  }),
  initial: 'open',
  states: {
    open: {
      meta: { task: { awaiting: { body: 'working-group' }, commands: ['ELECT'] } },
      on: {
        ELECT: { target: 'elected', actions: 'recordElection' },
        CANCEL: { target: 'cancelled', actions: 'recordCancel' },
        GROUP_DISSOLVED: { target: 'cancelled', actions: 'recordDissolution' },
      },
    },
    elected: {
      type: 'final',
      entry: {
        type: 'electModerator',
        params: ({ context, event }) => ({
          workingGroupId: context.workingGroupId,
          personId: String(context.electedPersonId),
          since: berlinDateOf(event.now),
        }),
      },
    },
    cancelled: { type: 'final' },
  },
});

const coordinationOrModerator = anyOf(coordinationOnly, moderatorOf(groupInContext));

export const moderatorElection: ProcessDefinition<ElectionInput> = {
  key: 'moderator-election',
  version: 1,
  machine: moderatorElectionMachine,
  input: electionInput,
  labels: { de: 'Wahl der Moderation', en: 'Moderator election' },
  stateLabels: {
    open: { de: 'Offen', en: 'Open' },
    elected: { de: 'Gewählt', en: 'Elected' },
    cancelled: { de: 'Abgebrochen', en: 'Cancelled' },
  },
  commands: {
    ELECT: {
      payload: electPayload,
      label: { de: 'Wahl erfassen', en: 'Record the election' },
      permission: coordinationOrModerator,
      final: true,
      // R3: the group chooses its moderator from its own members.
      check: allChecks(async ({ em, payload, instance, now }) => {
        const groupId = String(instance?.context.workingGroupId);
        const member = await isGroupMember(em, String(payload.personId), groupId, berlinDateOf(now));
        return member
          ? null
          : conflict('the elected person is not a member of this working group', {
              field: 'payload.personId',
            });
      }, meetingInPayload('working-group')),
    },
    CANCEL: {
      payload: reasonPayload,
      label: { de: 'Wahl abbrechen', en: 'Cancel the election' },
      permission: coordinationOnly,
      final: true,
    },
  },
  startPermission: coordinationOnly,
  startCheck: ({ em, payload }) => requireActiveGroup(em, String(payload.workingGroupId)),
  subject: (context) => ({ type: 'working-group', id: String(context.workingGroupId) }),
  effects: { electModerator },
};
