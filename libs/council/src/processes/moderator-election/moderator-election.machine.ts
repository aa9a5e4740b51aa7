import { assign, setup } from 'xstate';
import { effect, type EngineEvent } from '@gremium/workflow';
import { berlinDateOf } from '../../terms/calendar-date';

export interface ElectionContext {
  workingGroupId: string;
  electedPersonId: string | null;
  meetingId: string | null;
  closedReason: string | null;
}

export interface ElectionParams {
  workingGroupId: string;
  personId: string;
  since: string;
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
