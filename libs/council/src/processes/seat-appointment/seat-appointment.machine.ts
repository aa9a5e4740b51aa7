import { assign, setup } from 'xstate';
import { effect, eventNow, type EngineEvent } from '@gremium/workflow';
import { APPOINTED_SEATS } from './appointment.entity';
import type { VoteCounts } from '../../shared/payload-schemas';
import { nextAlert } from '../../terms/alert-plan';
import { addDays, berlinDateOf, berlinMidnight } from '../../terms/calendar-date';
import { termExpiresAt, termLastDay } from '../../terms/term';
import type { AppointmentInput } from './seat-appointment.schemas';

const DAY_MS = 86_400_000;
export interface TermAlert {
  leadDays: number;
  at: number;
}

export interface AppointmentContext {
  /** Reserved at the start: the id of the appointment row this process keeps up to date. */
  appointmentId: string;
  seat: (typeof APPOINTED_SEATS)[number];
  /** The appointment this one succeeds (absent in processes started before successors were linked). */
  predecessorId?: string | null;
  personId: string | null;
  organizationId: string | null;
  proposedTermStart: string | null;
  termStart: string | null;
  termEnd: string | null;
  endedOn: string | null;
  /** The rules of procedure's lead times when the term was recorded (later changes apply to later terms). */
  leadDays: number[];
  alerts: TermAlert[];
  collapsed: number[];
  decision: { meetingId: string | null; votes: VoteCounts | null; note: string | null; at: number } | null;
  endReason: string | null;
}

type Args = { context: AppointmentContext; event: EngineEvent };

function plannedAlert(context: AppointmentContext, now: number) {
  if (!context.termEnd) return null;
  return nextAlert({
    lastDay: context.termEnd,
    leadDays: context.leadDays,
    handled: [...context.alerts.map((a) => a.leadDays), ...context.collapsed],
    now,
  });
}

const expiresAt = (context: AppointmentContext) => termExpiresAt(String(context.termEnd)).getTime();

export const seatAppointmentMachine = setup({
  types: { context: {} as AppointmentContext, events: {} as EngineEvent, input: {} as EngineEvent },
  delays: {
    termStart: ({ context, event }: Args) =>
      berlinMidnight(String(context.termStart)).getTime() - eventNow(event),
    termEnd: ({ context, event }: Args) => expiresAt(context) - eventNow(event),
    // With no alert left the timer is set past the expiry, so leaving the term voids it unfired.
    nextAlert: ({ context, event }: Args) =>
      (plannedAlert(context, eventNow(event))?.dueAt ?? expiresAt(context) + DAY_MS) - eventNow(event),
  },
  guards: {
    hasNominee: ({ context }) => context.personId !== null,
    appointed: ({ event }) => event.payload.decision === 'appointed',
    termBegun: ({ context, event }) => berlinMidnight(String(context.termStart)).getTime() <= eventNow(event),
    termOver: ({ context, event }) => expiresAt(context) <= eventNow(event),
    alertDue: ({ context, event }) =>
      (plannedAlert(context, eventNow(event))?.dueAt ?? Infinity) <= eventNow(event),
    noAlertLeft: ({ context, event }) => plannedAlert(context, eventNow(event)) === null,
    successorReady: ({ event }) => event.facts.successorReady === true,
  },
  actions: {
    recordNomination: assign(({ context, event }) => ({
      personId: String(event.payload.personId),
      organizationId: String(event.payload.organizationId),
      proposedTermStart: (event.payload.termStart as string | undefined) ?? context.proposedTermStart,
    })),
    recordAppointment: assign(({ context, event }) => {
      const termStart = String(event.payload.termStart ?? context.proposedTermStart);
      return {
        termStart,
        termEnd: termLastDay(termStart),
        leadDays: (event.facts.termAlertLeadDays as number[] | undefined) ?? context.leadDays,
        decision: {
          meetingId: (event.payload.meetingId as string | undefined) ?? null,
          votes: (event.payload.votes as VoteCounts | undefined) ?? null,
          note: (event.payload.note as string | undefined) ?? null,
          at: event.now,
        },
      };
    }),
    recordRejection: assign(({ event }) => ({
      decision: {
        meetingId: (event.payload.meetingId as string | undefined) ?? null,
        votes: null,
        note: (event.payload.note as string | undefined) ?? null,
        at: event.now,
      },
    })),
    recordAlert: assign(({ context, event }) => {
      const alert = plannedAlert(context, event.now);
      if (!alert) return {};
      return {
        alerts: [...context.alerts, { leadDays: alert.leadDays, at: event.now }],
        collapsed: [...context.collapsed, ...alert.collapses],
      };
    }),
    recordEnd: assign(({ event }) => ({
      endedOn: String(event.payload.effectiveDate),
      endReason: String(event.payload.reason),
    })),
    sendTermAlert: effect<TermAlertParams>(),
    openSuccessor: effect<SuccessorParams>(),
  },
}).createMachine({
  id: 'seat-appointment',
  context: ({ input }) => {
    const data = input.payload as AppointmentInput;
    return {
      appointmentId: input.newId,
      seat: data.seat,
      predecessorId: data.predecessorId ?? null,
      personId: data.personId ?? null,
      organizationId: data.organizationId ?? null,
      proposedTermStart: data.termStart ?? null,
      termStart: null,
      termEnd: null,
      endedOn: null,
      leadDays: (input.facts.termAlertLeadDays as number[] | undefined) ?? [],
      alerts: [],
      collapsed: [],
      decision: null,
      endReason: null,
    };
  },
  initial: 'intake',
  states: {
    intake: { always: [{ guard: 'hasNominee', target: 'nominated' }, { target: 'awaitingNomination' }] },
    awaitingNomination: {
      meta: { task: { awaiting: { body: 'coordination' }, commands: ['NOMINATE'] } },
      on: { NOMINATE: { target: 'nominated', actions: 'recordNomination' } },
    },
    nominated: {
      meta: { task: { awaiting: { body: 'plenary' }, commands: ['PLENARY_DECISION'] } },
      on: {
        PLENARY_DECISION: [
          { guard: 'appointed', target: 'term', actions: 'recordAppointment' },
          { target: 'declined', actions: 'recordRejection' },
        ],
      },
    },
    term: {
      initial: 'appointed',
      on: { END_EARLY: { target: 'ended', actions: 'recordEnd' } },
      after: { termEnd: 'concluding' },
      states: {
        appointed: {
          always: [{ guard: 'termBegun', target: 'inOffice' }],
          after: { termStart: 'inOffice' },
        },
        inOffice: {
          initial: 'active',
          always: [{ guard: 'termOver', target: '#seat-appointment.concluding' }],
          states: {
            active: {
              after: {
                nextAlert: {
                  guard: 'alertDue',
                  target: 'expiring',
                  actions: [
                    'recordAlert',
                    { type: 'sendTermAlert', params: alertParams },
                    { type: 'openSuccessor', params: successorParams },
                  ],
                },
              },
            },
            expiring: {
              initial: 'waiting',
              states: {
                waiting: {
                  always: [{ guard: 'noAlertLeft', target: 'lastAlertSent' }],
                  after: {
                    nextAlert: {
                      guard: 'alertDue',
                      target: 'waiting',
                      reenter: true,
                      actions: ['recordAlert', { type: 'sendTermAlert', params: alertParams }],
                    },
                  },
                },
                lastAlertSent: {},
              },
            },
          },
        },
      },
    },
    concluding: { always: [{ guard: 'successorReady', target: 'succeeded' }, { target: 'expired' }] },
    succeeded: { type: 'final' },
    expired: { type: 'final' },
    ended: { type: 'final' },
    declined: { type: 'final' },
  },
});

/** The successor's term starts the day after this one's last day (R7). */
export interface SuccessorParams {
  seat: string;
  predecessorId: string;
  termStart: string;
}

function successorParams({ context }: Args): SuccessorParams {
  return {
    seat: context.seat,
    predecessorId: context.appointmentId,
    termStart: addDays(String(context.termEnd), 1),
  };
}

export interface TermAlertParams {
  appointmentId: string;
  seat: string;
  personId: string | null;
  lastDay: string;
  leadDays: number;
  collapsed: number[];
  today: string;
}

function alertParams({ context, event }: Args): TermAlertParams {
  const last = context.alerts[context.alerts.length - 1];
  return {
    appointmentId: context.appointmentId,
    seat: context.seat,
    personId: context.personId,
    lastDay: String(context.termEnd),
    leadDays: last?.leadDays ?? 0,
    collapsed: context.collapsed,
    today: berlinDateOf(event.now),
  };
}
