import { assign, setup } from 'xstate';
import { effect, eventNow, type EngineEvent } from '@gremium/workflow';
import type { VoteCounts } from '../../shared/payload-schemas';
import { addDays, berlinDateOf, berlinMidnight } from '../../terms/calendar-date';
import type { Addressee, Forward, RecommendationFacts, RecommendationInput } from './recommendation.schemas';
import {
  decidedKind,
  decisionAtMeeting,
  decisionBySignOff,
  notVoted,
  withVote,
  type SteeringDecision,
  type SteeringFacts,
  type Vote,
  type VoteKind,
} from './sign-off';

export interface Answer {
  addressee: Addressee;
  summary: string;
  date: string;
  reference: string | null;
  /** Version 3: the answer's document (a stored file), if one came with it. */
  fileId?: string | null;
}

export type Decision = SteeringDecision<'endorsed' | 'rejected' | 'returned'>;

export interface RecommendationContext {
  /** Reserved at the start: the id of the recommendation row this process keeps up to date. */
  recommendationId: string;
  /** Null for the steering group's own recommendation (version 3). */
  workingGroupId: string | null;
  title: string;
  text: string;
  addressees: Addressee[];
  tags: string[];
  round: number;
  submittedAt: number | null;
  adoptedAtMeetingId: string | null;
  votes: Vote[];
  pendingVoters: string[];
  reviewPeriodMs: number;
  answerPeriodMs: number;
  escalated: boolean;
  escalations: number;
  decision: Decision | null;
  decisions: Decision[];
  forwards: Forward[];
  answers: Answer[];
  toForward: Addressee[];
  unanswered: Addressee[];
  councilEscalation: { note: string; at: number } | null;
  reminders: number;
  closedReason: string | null;
  /** Version 2: who withdrew the draft, when and why (absent on version 1). */
  withdrawal?: Withdrawal | null;
}

export interface Withdrawal {
  reason: string;
  at: number;
  personId: string | null;
}

export interface EscalationParams {
  recommendationId: string;
  title: string;
  escalations: number;
}

/** Who is told that something awaits them: the voters of a new round, or the group whose draft came back. */
export interface AwaitingParams {
  recommendationId: string;
  title: string;
  workingGroupId: string | null;
  personIds: string[];
}

export interface ReminderParams {
  recommendationId: string;
  title: string;
  addressees: Addressee[];
}

/** Version 3: the addressees whose answer is overdue, each with the day it was due. */
export interface OverdueParams {
  recommendationId: string;
  title: string;
  overdue: { addressee: Addressee; dueOn: string }[];
}

type RecommendationEvent = EngineEvent<RecommendationFacts>;
type Args = { context: RecommendationContext; event: RecommendationEvent };

const steeringOf = (event: RecommendationEvent): SteeringFacts => event.facts.steering;
const periodOf = (event: RecommendationEvent, name: 'reviewPeriodMs' | 'answerPeriodMs', fallback: number) =>
  event.facts[name] ?? fallback;

function castVote({ context, event }: Args): Vote[] {
  const payload = event.payload as { vote: VoteKind; comment?: string };
  const personId = event.actor.type === 'user' ? String(event.actor.personId) : '';
  return withVote(context.votes, {
    personId,
    vote: payload.vote,
    comment: payload.comment ?? null,
    at: event.now,
    asModerator: event.facts.moderatorId === personId,
  });
}

const decidesAs = (kind: VoteKind) => (args: Args) =>
  decidedKind(castVote(args), steeringOf(args.event)) === kind;
const OUTCOME: Record<VoteKind, Decision['outcome']> = {
  approve: 'endorsed',
  reject: 'rejected',
  return: 'returned',
};

const outstanding = (addressees: Addressee[], done: { addressee: Addressee }[]) =>
  addressees.filter((addressee) => !done.some((item) => item.addressee === addressee));

const DAY_MS = 86_400_000;

/** Version 3: the answer is due on the forwarding date plus the answer period, unless the office named a day. */
function withDueDate(forward: Forward & { answerDueOn?: string }, answerPeriodMs: number): Forward {
  const { answerDueOn, ...recorded } = forward;
  return {
    ...recorded,
    dueOn: answerDueOn ?? addDays(forward.date, Math.round(answerPeriodMs / DAY_MS)),
    remindedAt: null,
  };
}

/** An answer is overdue from 00:00 Europe/Berlin of the day after its due date. */
const overdueFrom = (forward: Forward) => berlinMidnight(addDays(String(forward.dueOn), 1)).getTime();

/** The forwardings still owing an answer whose reminder has not gone out, earliest due first. */
function toRemind(context: RecommendationContext): Forward[] {
  return context.forwards
    .filter((f) => f.dueOn && !f.remindedAt && context.unanswered.includes(f.addressee))
    .sort((a, b) => overdueFrom(a) - overdueFrom(b));
}

/** A draft (or a returned one) waits for its group's moderator to submit it. */
const SUBMISSION_TASK = {
  awaiting: { body: 'working-group' },
  commands: ['SUBMIT'],
  label: { de: 'Der Steuerungsgruppe vorlegen', en: 'Submit to the steering group' },
};

const recommendationSetup = setup({
  types: {
    context: {} as RecommendationContext,
    events: {} as RecommendationEvent,
    input: {} as RecommendationEvent,
  },
  delays: {
    reviewPeriod: ({ context }: Args) => context.reviewPeriodMs,
    answerPeriod: ({ context }: Args) => context.answerPeriodMs,
    // Until the earliest answer still owed falls overdue (at once when it already is).
    answerDue: ({ context, event }: Args) => {
      const next = toRemind(context)[0];
      return next ? Math.max(0, overdueFrom(next) - event.now) : 0;
    },
  },
  guards: {
    approveReached: decidesAs('approve'),
    rejectReached: decidesAs('reject'),
    returnReached: decidesAs('return'),
    meetingEndorsed: ({ event }) => event.payload.decision === 'endorsed',
    meetingRejected: ({ event }) => event.payload.decision === 'rejected',
    forwardOpen: ({ context, event }) => context.toForward.includes(event.payload.addressee as Addressee),
    lastForward: ({ context, event }) =>
      context.toForward.length === 1 && context.toForward[0] === event.payload.addressee,
    answerOpen: ({ context, event }) => context.unanswered.includes(event.payload.addressee as Addressee),
    lastAnswer: ({ context, event }) =>
      context.unanswered.length === 1 && context.unanswered[0] === event.payload.addressee,
    councilNotAsked: ({ context }) => !context.addressees.includes('council'),
    nothingToRemind: ({ context }) => toRemind(context).length === 0,
  },
  actions: {
    edit: assign(({ event }) => {
      const draft = event.payload as Pick<RecommendationInput, 'title' | 'text' | 'addressees' | 'tags'>;
      return { title: draft.title, text: draft.text, addressees: draft.addressees, tags: draft.tags ?? [] };
    }),
    openRound: assign(({ context, event }) => ({
      round: context.round + 1,
      submittedAt: event.now,
      adoptedAtMeetingId: (event.payload.adoptedAtMeetingId as string | undefined) ?? null,
      votes: [],
      pendingVoters: steeringOf(event).memberIds,
      reviewPeriodMs: periodOf(event, 'reviewPeriodMs', context.reviewPeriodMs),
      escalated: false,
      decision: null,
    })),
    recordVote: assign((args) => {
      const votes = castVote(args);
      return { votes, pendingVoters: notVoted(votes, steeringOf(args.event).memberIds) };
    }),
    decideByVotes: assign(({ context, event }) => {
      const steering = steeringOf(event);
      const kind = decidedKind(context.votes, steering) as VoteKind;
      const decision: Decision = decisionBySignOff(OUTCOME[kind], event.now, steering);
      return { decision, decisions: [...context.decisions, decision], pendingVoters: [] };
    }),
    decideAtMeeting: assign(({ context, event }) => {
      const decision: Decision = decisionAtMeeting(
        event.payload as { decision: Decision['outcome']; meetingId: string; votes: VoteCounts },
        event.now,
      );
      return { decision, decisions: [...context.decisions, decision], pendingVoters: [] };
    }),
    escalate: assign(({ context, event }) => ({
      escalated: true,
      escalations: context.escalations + 1,
      reviewPeriodMs: periodOf(event, 'reviewPeriodMs', context.reviewPeriodMs),
    })),
    prepareForwards: assign(({ context }) => ({ toForward: [...context.addressees] })),
    recordForward: assign(({ context, event }) => {
      const forward = event.payload as Forward;
      return {
        forwards: [...context.forwards, forward],
        toForward: context.toForward.filter((a) => a !== forward.addressee),
      };
    }),
    recordForwardDue: assign(({ context, event }) => {
      const forward = withDueDate(
        event.payload as Forward & { answerDueOn?: string },
        periodOf(event, 'answerPeriodMs', context.answerPeriodMs),
      );
      return {
        forwards: [...context.forwards, forward],
        toForward: context.toForward.filter((a) => a !== forward.addressee),
      };
    }),
    awaitAnswers: assign(({ context, event }) => ({
      unanswered: outstanding(context.addressees, context.answers),
      answerPeriodMs: periodOf(event, 'answerPeriodMs', context.answerPeriodMs),
    })),
    recordAnswer: assign(({ context, event }) => {
      const payload = event.payload as {
        addressee: Addressee;
        summary: string;
        date: string;
        reference?: string;
      };
      const answer: Answer = { ...payload, reference: payload.reference ?? null };
      return {
        answers: [...context.answers, answer],
        unanswered: context.unanswered.filter((a) => a !== answer.addressee),
      };
    }),
    recordAnswerWithFile: assign(({ context, event }) => {
      const payload = event.payload as {
        addressee: Addressee;
        summary: string;
        date: string;
        reference?: string;
        fileId?: string;
      };
      const answer: Answer = {
        ...payload,
        reference: payload.reference ?? null,
        fileId: payload.fileId ?? null,
      };
      return {
        answers: [...context.answers, answer],
        unanswered: context.unanswered.filter((a) => a !== answer.addressee),
      };
    }),
    markReminded: assign(({ context, event }) => {
      const due = new Set(
        toRemind(context)
          .filter((forward) => overdueFrom(forward) <= event.now)
          .map((forward) => forward.addressee),
      );
      return {
        reminders: context.reminders + (due.size > 0 ? 1 : 0),
        forwards: context.forwards.map((forward) =>
          due.has(forward.addressee) && !forward.remindedAt ? { ...forward, remindedAt: event.now } : forward,
        ),
      };
    }),
    escalateToCouncilDue: assign(({ context, event }) => {
      const note = String(event.payload.note);
      const forward = withDueDate(
        { addressee: 'council', reference: note, date: berlinDateOf(eventNow(event)) },
        periodOf(event, 'answerPeriodMs', context.answerPeriodMs),
      );
      return {
        councilEscalation: { note, at: event.now },
        addressees: [...context.addressees, 'council' as const],
        forwards: [...context.forwards, forward],
        unanswered: [...context.unanswered, 'council' as const],
      };
    }),
    countReminder: assign(({ context, event }) => ({
      reminders: context.reminders + 1,
      answerPeriodMs: periodOf(event, 'answerPeriodMs', context.answerPeriodMs),
    })),
    escalateToCouncil: assign(({ context, event }) => {
      const note = String(event.payload.note);
      const forward: Forward = { addressee: 'council', reference: note, date: berlinDateOf(eventNow(event)) };
      return {
        councilEscalation: { note, at: event.now },
        addressees: [...context.addressees, 'council' as const],
        forwards: [...context.forwards, forward],
        unanswered: [...context.unanswered, 'council' as const],
      };
    }),
    closeForDissolution: assign({ closedReason: 'group-dissolved' }),
    recordWithdrawal: assign(({ event }) => ({
      closedReason: 'withdrawn',
      withdrawal: {
        reason: String(event.payload.reason),
        at: event.now,
        personId: event.actor.type === 'user' ? event.actor.personId : null,
      },
    })),
    notifyEscalation: effect<EscalationParams>(),
    notifyVoters: effect<AwaitingParams>(),
    notifyReturned: effect<AwaitingParams>(),
    remindAnswers: effect<ReminderParams>(),
    remindOverdue: effect<OverdueParams>(),
  },
});

/**
 * Version 3: each forwarding has its due date; when one passes unanswered, one reminder goes to the
 * coordination office (the engine's timer, planned for 00:00 Berlin after the due date).
 */
const forwardedV3 = {
  entry: 'awaitAnswers' as const,
  meta: {
    task: {
      awaiting: { body: 'coordination' },
      commands: ['RECORD_ANSWER'],
      forEach: 'unanswered',
      label: { de: 'Antwort erfassen', en: 'Record the answer' },
    },
  },
  initial: 'waiting' as const,
  on: {
    RECORD_ANSWER: [
      { guard: 'lastAnswer' as const, target: 'answered' as const, actions: 'recordAnswerWithFile' as const },
      { guard: 'answerOpen' as const, target: '.waiting' as const, actions: 'recordAnswerWithFile' as const },
    ],
    ESCALATE_TO_COUNCIL: {
      guard: 'councilNotAsked' as const,
      target: '.waiting' as const,
      actions: 'escalateToCouncilDue' as const,
    },
  },
  states: {
    waiting: {
      always: { guard: 'nothingToRemind' as const, target: 'settled' as const },
      after: {
        answerDue: {
          target: 'waiting' as const,
          reenter: true,
          actions: [
            {
              type: 'remindOverdue' as const,
              params: ({ context, event }: Args) => ({
                recommendationId: context.recommendationId,
                title: context.title,
                overdue: toRemind(context)
                  .filter((forward) => overdueFrom(forward) <= event.now)
                  .map((forward) => ({ addressee: forward.addressee, dueOn: String(forward.dueOn) })),
              }),
            },
            'markReminded' as const,
          ],
        },
      },
    },
    // Every answer still owed has had its reminder: nothing more is timed.
    settled: {},
  },
};

/**
 * Version 1, and version 2 which adds WITHDRAW (the group's moderator, from draft or returned) → withdrawn.
 * Both keep the id `recommendation`, so the delayed events (and their timers) have the same names.
 */
const recommendationMachineOf = (version: 1 | 2 | 3) => {
  // A draft and a returned recommendation: editable by the group, submitted by its moderator.
  const editable = {
    meta: { task: SUBMISSION_TASK },
    on: {
      EDIT: { actions: 'edit' as const },
      SUBMIT: { target: 'inReview' as const, actions: 'openRound' as const },
      GROUP_DISSOLVED: { target: 'closed' as const, actions: 'closeForDissolution' as const },
      ...(version >= 2
        ? { WITHDRAW: { target: 'withdrawn' as const, actions: 'recordWithdrawal' as const } }
        : {}),
    },
  };
  return recommendationSetup.createMachine({
    id: 'recommendation',
    context: ({ input }) => {
      const data = input.payload as RecommendationInput;
      return {
        recommendationId: input.newId,
        workingGroupId: data.workingGroupId ?? null,
        title: data.title,
        text: data.text,
        addressees: data.addressees,
        tags: data.tags ?? [],
        round: 0,
        submittedAt: null,
        adoptedAtMeetingId: null,
        votes: [],
        pendingVoters: [],
        reviewPeriodMs: periodOf(input, 'reviewPeriodMs', 42 * 86_400_000),
        answerPeriodMs: periodOf(input, 'answerPeriodMs', 56 * 86_400_000),
        escalated: false,
        escalations: 0,
        decision: null,
        decisions: [],
        forwards: [],
        answers: [],
        toForward: [],
        unanswered: [],
        councilEscalation: null,
        reminders: 0,
        closedReason: null,
        ...(version >= 2 ? { withdrawal: null } : {}),
      };
    },
    initial: 'draft',
    states: {
      draft: editable,
      inReview: {
        meta: { task: { awaiting: { personIdsFrom: 'pendingVoters' }, commands: ['SIGN_OFF'] } },
        entry: {
          type: 'notifyVoters',
          params: ({ context }) => ({
            recommendationId: context.recommendationId,
            title: context.title,
            workingGroupId: context.workingGroupId,
            personIds: context.pendingVoters,
          }),
        },
        initial: 'open',
        on: {
          SIGN_OFF: [
            { guard: 'approveReached', target: 'endorsed', actions: ['recordVote', 'decideByVotes'] },
            { guard: 'rejectReached', target: 'rejected', actions: ['recordVote', 'decideByVotes'] },
            { guard: 'returnReached', target: 'returned', actions: ['recordVote', 'decideByVotes'] },
            { actions: 'recordVote' },
          ],
          STEERING_DECISION: [
            { guard: 'meetingEndorsed', target: 'endorsed', actions: 'decideAtMeeting' },
            { guard: 'meetingRejected', target: 'rejected', actions: 'decideAtMeeting' },
            { target: 'returned', actions: 'decideAtMeeting' },
          ],
          GROUP_DISSOLVED: { target: 'closed', actions: 'closeForDissolution' },
        },
        states: {
          open: {
            after: {
              reviewPeriod: {
                target: 'open',
                reenter: true,
                actions: [
                  'escalate',
                  {
                    type: 'notifyEscalation',
                    params: ({ context }) => ({
                      recommendationId: context.recommendationId,
                      title: context.title,
                      escalations: context.escalations,
                    }),
                  },
                ],
              },
            },
          },
        },
      },
      returned: {
        ...editable,
        entry: {
          type: 'notifyReturned',
          params: ({ context }) => ({
            recommendationId: context.recommendationId,
            title: context.title,
            workingGroupId: context.workingGroupId,
            personIds: [],
          }),
        },
      },
      endorsed: {
        entry: 'prepareForwards',
        meta: {
          task: {
            awaiting: { body: 'coordination' },
            commands: ['FORWARD'],
            forEach: 'toForward',
            label: { de: 'Weiterleitung erfassen', en: 'Record the forwarding' },
          },
        },
        on: {
          FORWARD: [
            {
              guard: 'lastForward',
              target: 'forwarded',
              actions: version === 3 ? 'recordForwardDue' : 'recordForward',
            },
            { guard: 'forwardOpen', actions: version === 3 ? 'recordForwardDue' : 'recordForward' },
          ],
        },
      },
      forwarded:
        version === 3
          ? forwardedV3
          : {
              entry: 'awaitAnswers',
              meta: {
                task: {
                  awaiting: { body: 'coordination' },
                  commands: ['RECORD_ANSWER'],
                  forEach: 'unanswered',
                  label: { de: 'Antwort erfassen', en: 'Record the answer' },
                },
              },
              initial: 'waiting',
              on: {
                RECORD_ANSWER: [
                  { guard: 'lastAnswer', target: 'answered', actions: 'recordAnswer' },
                  { guard: 'answerOpen', actions: 'recordAnswer' },
                ],
                ESCALATE_TO_COUNCIL: { guard: 'councilNotAsked', actions: 'escalateToCouncil' },
              },
              states: {
                waiting: {
                  after: {
                    answerPeriod: {
                      target: 'waiting',
                      reenter: true,
                      actions: [
                        'countReminder',
                        {
                          type: 'remindAnswers',
                          params: ({ context }) => ({
                            recommendationId: context.recommendationId,
                            title: context.title,
                            addressees: context.unanswered,
                          }),
                        },
                      ],
                    },
                  },
                },
              },
            },
      answered: {
        meta: { task: { awaiting: { body: 'coordination' }, commands: ['CLOSE'] } },
        on: { CLOSE: 'closed' },
      },
      rejected: { type: 'final' },
      closed: { type: 'final' },
      ...(version >= 2 ? { withdrawn: { type: 'final' as const } } : {}),
    },
  });
};

export const recommendationMachine = recommendationMachineOf(1);
export const recommendationMachineV2 = recommendationMachineOf(2);
export const recommendationMachineV3 = recommendationMachineOf(3);
