import { z } from 'zod';
import { setup } from 'xstate';
import { eventNow, forbidden, type EngineEvent, type ProcessDefinition } from '@gremium/workflow';

const input = z.object({ dueAt: z.iso.datetime() }).strict();

/**
 * A minimal definition with one durable timer, for engine tests that must not depend on council rules:
 * `waiting` reminds at `dueAt` unless CANCEL leaves the state first.
 */
interface ReminderTypes {
  input: z.infer<typeof input>;
  context: { dueAt: number };
  facts: Record<string, never>;
  commands: { CANCEL: Record<string, never> };
  effects: Record<string, never>;
}

export const reminderDefinition: ProcessDefinition<ReminderTypes> = {
  key: 'test-reminder',
  version: 1,
  input,
  labels: { de: 'Testerinnerung', en: 'Test reminder' },
  machine: setup({
    types: { context: {} as { dueAt: number }, events: {} as EngineEvent, input: {} as EngineEvent },
    delays: { due: ({ context, event }) => context.dueAt - eventNow(event) },
  }).createMachine({
    id: 'test-reminder',
    context: ({ input: start }) => ({ dueAt: Date.parse(String(start.payload.dueAt)) }),
    initial: 'waiting',
    states: {
      waiting: { after: { due: 'reminded' }, on: { CANCEL: 'cancelled' } },
      reminded: { type: 'final' },
      cancelled: { type: 'final' },
    },
  }),
  commands: {
    CANCEL: {
      payload: z.object({}).strict(),
      label: { de: 'Abbrechen', en: 'Cancel' },
      permission: async ({ actor }) => (actor.type === 'user' ? null : forbidden('users only')),
    },
  },
  startPermission: async ({ actor }) => (actor.type === 'user' ? null : forbidden('users only')),
};
