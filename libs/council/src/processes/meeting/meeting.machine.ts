import { assign, setup } from 'xstate';
import { effect, type EngineEvent } from '@gremium/workflow';
import type { MeetingBody, MeetingKind } from '../../meetings/meeting.entity';
import type { MeetingInput } from './meeting.schemas';

export interface MeetingContext {
  /** Reserved at the start (or the adopted row's id): the meeting row this process keeps up to date. */
  meetingId: string;
  body: MeetingBody;
  workingGroupId: string | null;
  kind: MeetingKind;
  title: string;
  /** ISO 8601 UTC instants. */
  start: string;
  end: string;
  location: string;
  onlineUrl: string | null;
  /** RFC 5545 SEQUENCE: raised on every change an invitee must learn about. */
  sequence: number;
  invitedAt: number | null;
  attendance: string[];
  heldAt: number | null;
  minutesApprovedAt: number | null;
  cancelReason: string | null;
  /** Adopted from the meeting records that predate the process: held without invitation. */
  recordedAsHeld: boolean;
}

type Args = { context: MeetingContext; event: EngineEvent };

export interface MeetingRef {
  meetingId: string;
}

export interface InvitationParams extends MeetingRef {
  method: 'REQUEST' | 'CANCEL';
  reason: 'invitation' | 'update' | 'cancellation';
}

export const meetingMachine = setup({
  types: { context: {} as MeetingContext, events: {} as EngineEvent, input: {} as EngineEvent },
  actions: {
    reschedule: assign(({ context, event }: Args) => {
      const payload = event.payload as { start: string; end: string; location?: string };
      return {
        start: payload.start,
        end: payload.end,
        location: payload.location ?? context.location,
        sequence: context.invitedAt === null ? context.sequence : context.sequence + 1,
      };
    }),
    recordInvitation: assign(({ event }: Args) => ({ invitedAt: event.now })),
    recordAttendance: assign(({ event }: Args) => ({
      attendance: (event.payload as { attendance: string[] }).attendance,
      heldAt: event.now,
    })),
    recordApproval: assign(({ event }: Args) => ({ minutesApprovedAt: event.now })),
    freezeAgenda: effect<MeetingRef>(),
    dispatchMinutes: effect<MeetingRef>(),
    sendInvitations: effect<InvitationParams>(),
    recordCancellation: assign(({ context, event }: Args) => ({
      cancelReason: String(event.payload.reason),
      sequence: context.invitedAt === null ? context.sequence : context.sequence + 1,
    })),
  },
  guards: {
    recordedAsHeld: ({ context }: Args) => context.recordedAsHeld,
    // HOLD from the meeting's start on (the engine's check answers 409 earlier).
    hasStarted: ({ context, event }: Args) => event.now >= Date.parse(context.start),
  },
}).createMachine({
  id: 'meeting',
  context: ({ input }) => {
    const payload = input.payload as MeetingInput;
    return {
      meetingId: payload.adopt?.meetingId ?? input.newId,
      body: payload.body,
      workingGroupId: payload.workingGroupId ?? null,
      kind: payload.kind,
      title: payload.title,
      start: payload.start,
      end: payload.end,
      location: payload.location,
      onlineUrl: payload.onlineUrl ?? null,
      sequence: 0,
      invitedAt: null,
      attendance: [],
      heldAt: null,
      minutesApprovedAt: null,
      cancelReason: null,
      recordedAsHeld: payload.adopt?.held ?? false,
    };
  },
  initial: 'planned',
  states: {
    planned: {
      always: { guard: 'recordedAsHeld', target: 'held' },
      on: {
        INVITE: {
          target: 'invited',
          actions: [
            'recordInvitation',
            { type: 'freezeAgenda', params: ({ context }: Args) => ({ meetingId: context.meetingId }) },
            {
              type: 'sendInvitations',
              params: ({ context }: Args): InvitationParams => ({
                meetingId: context.meetingId,
                method: 'REQUEST',
                reason: 'invitation',
              }),
            },
          ],
        },
        RESCHEDULE: { target: 'planned', reenter: true, actions: 'reschedule' },
        CANCEL: { target: 'cancelled', actions: 'recordCancellation' },
      },
    },
    invited: {
      on: {
        RESCHEDULE: {
          target: 'invited',
          actions: [
            'reschedule',
            {
              type: 'sendInvitations',
              params: ({ context }: Args): InvitationParams => ({
                meetingId: context.meetingId,
                method: 'REQUEST',
                reason: 'update',
              }),
            },
          ],
        },
        CANCEL: {
          target: 'cancelled',
          actions: [
            'recordCancellation',
            {
              type: 'sendInvitations',
              params: ({ context }: Args): InvitationParams => ({
                meetingId: context.meetingId,
                method: 'CANCEL',
                reason: 'cancellation',
              }),
            },
          ],
        },
        HOLD: { guard: 'hasStarted', target: 'held', actions: 'recordAttendance' },
      },
    },
    held: {
      on: {
        APPROVE_MINUTES: {
          target: 'minutesApproved',
          actions: [
            'recordApproval',
            { type: 'dispatchMinutes', params: ({ context }: Args) => ({ meetingId: context.meetingId }) },
          ],
        },
      },
    },
    minutesApproved: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
