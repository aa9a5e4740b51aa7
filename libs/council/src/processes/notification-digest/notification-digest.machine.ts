import { setup } from 'xstate';
import { effect, type EngineEvent } from '@gremium/workflow';
import type { NotificationDigestInput } from './notification-digest.schemas';

export interface NotificationDigestContext {
  date: string;
}

export interface DigestParams {
  date: string;
}

type Args = { context: NotificationDigestContext };

/** Started once a day by its schedule: sends each user who chose the digest their new notifications. */
export const notificationDigestMachine = setup({
  types: {
    context: {} as NotificationDigestContext,
    events: {} as EngineEvent,
    input: {} as EngineEvent,
  },
  actions: { sendDigests: effect<DigestParams>() },
}).createMachine({
  id: 'notification-digest',
  context: ({ input }) => ({ date: (input.payload as NotificationDigestInput).date }),
  initial: 'sent',
  states: {
    sent: {
      type: 'final',
      entry: { type: 'sendDigests', params: ({ context }: Args): DigestParams => ({ date: context.date }) },
    },
  },
});
