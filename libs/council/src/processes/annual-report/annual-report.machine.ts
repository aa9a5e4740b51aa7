import { assign, setup } from 'xstate';
import { effect, type EngineEvent } from '@gremium/workflow';
import type { AnnualFigures } from '../../annual-report/figures';
import type { VoteCounts } from '../../shared/payload-schemas';
import {
  decidedKind,
  decisionAtMeeting,
  decisionBySignOff,
  notVoted,
  withVote,
  type SteeringDecision,
  type SteeringFacts,
  type Vote,
} from '../recommendation/sign-off';
import type { AnnualReportFacts, AnnualReportInput, Narrative } from './annual-report.schemas';

export type ReportDecision = SteeringDecision<'approved' | 'returned'>;

export interface AnnualReportContext {
  /** Reserved at the start: the id of the annual-report row this process keeps up to date. */
  reportId: string;
  year: number;
  figures: AnnualFigures | null;
  narrative: Narrative;
  round: number;
  submittedAt: number | null;
  votes: Vote[];
  pendingVoters: string[];
  decision: ReportDecision | null;
  decisions: ReportDecision[];
  /** When the steering group approved it: the figures are frozen from then on. */
  approvedAt: number | null;
  submission: { date: string; reference: string | null } | null;
}

/** Who is told that the report waits for their vote. */
export interface VotersParams {
  reportId: string;
  year: number;
  personIds: string[];
}

type ReportEvent = EngineEvent<AnnualReportFacts>;
type Args = { context: AnnualReportContext; event: ReportEvent };

const NO_STEERING: SteeringFacts = { memberIds: [], occupied: 0 };
const steeringOf = (event: ReportEvent): SteeringFacts => event.facts.steering ?? NO_STEERING;

function castVote({ context, event }: Args): Vote[] {
  const payload = event.payload as { vote: 'approve' | 'return'; comment?: string };
  return withVote(context.votes, {
    personId: event.actor.type === 'user' ? String(event.actor.personId) : '',
    vote: payload.vote,
    comment: payload.comment ?? null,
    at: event.now,
    asModerator: false,
  });
}

const decidesAs = (kind: 'approve' | 'return') => (args: Args) =>
  decidedKind(castVote(args), steeringOf(args.event)) === kind;

const compiled = ({ context, event }: Args) => ({ figures: event.facts.figures ?? context.figures });

/**
 * P6 (R10): the annual report of a past year. Figures compiled from the data as it was that year; the
 * coordination office writes the narrative; the steering group signs it off with P4's rule; approval
 * freezes the figures; the coordination office records its submission to the city council.
 */
export const annualReportMachine = setup({
  types: { context: {} as AnnualReportContext, events: {} as ReportEvent, input: {} as ReportEvent },
  guards: {
    approveReached: decidesAs('approve'),
    returnReached: decidesAs('return'),
    meetingApproved: ({ event }) => event.payload.decision === 'approved',
  },
  actions: {
    recompile: assign(compiled),
    editNarrative: assign(({ context, event }) => {
      const sections = (event.payload as { sections: Narrative }).sections;
      return { narrative: { ...context.narrative, ...sections } };
    }),
    openRound: assign(({ context, event }) => ({
      ...compiled({ context, event }),
      round: context.round + 1,
      submittedAt: event.now,
      votes: [],
      pendingVoters: steeringOf(event).memberIds,
      decision: null,
    })),
    recordVote: assign((args) => {
      const votes = castVote(args);
      return { votes, pendingVoters: notVoted(votes, steeringOf(args.event).memberIds) };
    }),
    decideByVotes: assign(({ context, event }) => {
      const steering = steeringOf(event);
      const kind = decidedKind(context.votes, steering);
      const decision: ReportDecision = decisionBySignOff(
        kind === 'approve' ? 'approved' : 'returned',
        event.now,
        steering,
      );
      return { decision, decisions: [...context.decisions, decision], pendingVoters: [] };
    }),
    decideAtMeeting: assign(({ context, event }) => {
      const decision: ReportDecision = decisionAtMeeting(
        event.payload as { decision: ReportDecision['outcome']; meetingId: string; votes: VoteCounts },
        event.now,
      );
      return { decision, decisions: [...context.decisions, decision], pendingVoters: [] };
    }),
    freeze: assign(({ event }) => ({ approvedAt: event.now })),
    recordSubmission: assign(({ event }) => {
      const payload = event.payload as { date: string; reference?: string };
      return { submission: { date: payload.date, reference: payload.reference ?? null } };
    }),
    notifyVoters: effect<VotersParams>(),
  },
}).createMachine({
  id: 'annual-report',
  context: ({ input }) => ({
    reportId: input.newId,
    year: (input.payload as AnnualReportInput).year,
    figures: input.facts.figures ?? null,
    narrative: {},
    round: 0,
    submittedAt: null,
    votes: [],
    pendingVoters: [],
    decision: null,
    decisions: [],
    approvedAt: null,
    submission: null,
  }),
  initial: 'drafting',
  states: {
    drafting: {
      meta: {
        task: {
          awaiting: { body: 'coordination' },
          commands: ['SUBMIT_FOR_APPROVAL'],
          label: { de: 'Jahresbericht schreiben und vorlegen', en: 'Write and submit the annual report' },
        },
      },
      on: {
        RECOMPILE: { actions: 'recompile' },
        EDIT_NARRATIVE: { actions: 'editNarrative' },
        SUBMIT_FOR_APPROVAL: { target: 'inReview', actions: 'openRound' },
      },
    },
    inReview: {
      meta: { task: { awaiting: { personIdsFrom: 'pendingVoters' }, commands: ['SIGN_OFF'] } },
      entry: {
        type: 'notifyVoters',
        params: ({ context }) => ({
          reportId: context.reportId,
          year: context.year,
          personIds: context.pendingVoters,
        }),
      },
      on: {
        SIGN_OFF: [
          { guard: 'approveReached', target: 'approved', actions: ['recordVote', 'decideByVotes', 'freeze'] },
          { guard: 'returnReached', target: 'drafting', actions: ['recordVote', 'decideByVotes'] },
          { actions: 'recordVote' },
        ],
        STEERING_DECISION: [
          { guard: 'meetingApproved', target: 'approved', actions: ['decideAtMeeting', 'freeze'] },
          { target: 'drafting', actions: 'decideAtMeeting' },
        ],
      },
    },
    approved: {
      meta: { task: { awaiting: { body: 'coordination' }, commands: ['SUBMIT_TO_COUNCIL'] } },
      on: { SUBMIT_TO_COUNCIL: { target: 'submitted', actions: 'recordSubmission' } },
    },
    submitted: { type: 'final' },
  },
});
