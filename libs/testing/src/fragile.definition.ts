import { z } from 'zod';
import { setup } from 'xstate';
import { effect, engineCoded, forbidden, type EngineEvent, type ProcessDefinition } from '@gremium/workflow';

interface FragileTypes {
  input: Record<string, never>;
  context: Record<string, never>;
  facts: Record<string, never>;
  commands: { TOUCH: Record<string, never> };
  effects: { touch: Record<string, never> };
}

/**
 * A definition whose TOUCH runs an effect that fails while `broken()` says so, as an effect fails when a
 * service it writes to is away: for tests of failed jobs and incidents.
 */
export function fragileDefinition(broken: () => boolean): ProcessDefinition<FragileTypes> {
  return {
    key: 'test-fragile',
    version: 1,
    input: z.object({}).strict(),
    labels: { de: 'Testvorgang mit Störung', en: 'Test process with a fault' },
    machine: setup({
      types: { context: {} as Record<string, never>, events: {} as EngineEvent, input: {} as EngineEvent },
      actions: { touch: effect<Record<string, never>>() },
    }).createMachine({
      id: 'test-fragile',
      context: {},
      initial: 'waiting',
      states: {
        waiting: { on: { TOUCH: { target: 'touched', actions: { type: 'touch', params: {} } } } },
        touched: { type: 'final' },
      },
    }),
    commands: {
      TOUCH: {
        payload: z.object({}).strict(),
        label: { de: 'Berühren', en: 'Touch' },
        permission: async ({ actor }) => (actor.type === 'user' ? null : forbidden(engineCoded('forbidden'))),
      },
    },
    startPermission: async ({ actor }) =>
      actor.type === 'user' ? null : forbidden(engineCoded('forbidden')),
    effects: {
      touch: async () => {
        if (broken()) throw new Error('the archive service does not answer');
      },
    },
  };
}
