import { assign, setup } from 'xstate';
import { effect, type EngineEvent } from '@gremium/workflow';
import type { RulesOfProcedure } from '../../settings/rules-of-procedure';
import type { VoteCounts } from '../../shared/payload-schemas';
import type { AmendmentInput } from './rules-of-procedure-amendment.schemas';

export interface AmendmentContext {
  /** Reserved at the start: the id of the rules-of-procedure version an adoption records. */
  versionId: string;
  title: string;
  text: string;
  changes: Partial<RulesOfProcedure>;
  decision: { decision: 'adopted' | 'rejected'; meetingId: string; votes: VoteCounts; at: number } | null;
  withdrawal: { reason: string; at: number } | null;
}

export interface AdoptionParams {
  versionId: string;
  title: string;
  text: string;
  changes: Partial<RulesOfProcedure>;
  meetingId: string;
}

export const rulesOfProcedureAmendmentMachine = setup({
  types: { context: {} as AmendmentContext, events: {} as EngineEvent, input: {} as EngineEvent },
  actions: {
    recordDecision: assign(({ event }) => ({
      decision: {
        decision: event.payload.decision === 'adopted' ? ('adopted' as const) : ('rejected' as const),
        meetingId: String(event.payload.meetingId),
        votes: event.payload.votes as VoteCounts,
        at: event.now,
      },
    })),
    recordWithdrawal: assign(({ event }) => ({
      withdrawal: { reason: String(event.payload.reason), at: event.now },
    })),
    adopt: effect<AdoptionParams>(),
  },
  guards: { adopted: ({ event }) => event.payload.decision === 'adopted' },
}).createMachine({
  id: 'rules-of-procedure-amendment',
  context: ({ input }) => {
    const data = input.payload as AmendmentInput;
    return {
      versionId: input.newId,
      title: data.title,
      text: data.text,
      changes: data.changes ?? {},
      decision: null,
      withdrawal: null,
    };
  },
  initial: 'proposed',
  states: {
    proposed: {
      meta: { task: { awaiting: { body: 'steering' }, commands: ['STEERING_DECISION'] } },
      on: {
        STEERING_DECISION: [
          { guard: 'adopted', target: 'adopted', actions: 'recordDecision' },
          { target: 'rejected', actions: 'recordDecision' },
        ],
        WITHDRAW: { target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    adopted: {
      type: 'final',
      entry: {
        type: 'adopt',
        params: ({ context }) => ({
          versionId: context.versionId,
          title: context.title,
          text: context.text,
          changes: context.changes,
          meetingId: context.decision?.meetingId ?? '',
        }),
      },
    },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
