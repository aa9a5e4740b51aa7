import { z } from 'zod';
import { setup } from 'xstate';
import { forbidden, type EngineEvent, type ProcessDefinition } from '@gremium/workflow';

const input = z.object({ year: z.number().int() }).strict();
type YearlyInput = z.infer<typeof input>;

interface YearlyTypes {
  input: YearlyInput;
  context: YearlyInput;
  facts: Record<string, never>;
  commands: { CLOSE: Record<string, never> };
  effects: Record<string, never>;
}

/**
 * A minimal scheduled definition for engine tests: one `test-yearly` process every 15 January, 00:00
 * Europe/Berlin, for the past year. `ruleFrom` stands for a setting that overrides the rule.
 */
export function yearlyDefinition(ruleFrom: () => string | null): ProcessDefinition<YearlyTypes> {
  return {
    key: 'test-yearly',
    version: 1,
    input,
    labels: { de: 'Testjahresvorgang', en: 'Test yearly process' },
    machine: setup({
      types: { context: {} as YearlyInput, events: {} as EngineEvent, input: {} as EngineEvent },
    }).createMachine({
      id: 'test-yearly',
      context: ({ input: start }) => ({ year: Number(start.payload.year) }),
      initial: 'open',
      states: { open: { on: { CLOSE: 'closed' } }, closed: { type: 'final' } },
    }),
    commands: {
      CLOSE: {
        payload: z.object({}).strict(),
        label: { de: 'Schließen', en: 'Close' },
        permission: async ({ actor }) => (actor.type === 'user' ? null : forbidden('users only')),
      },
    },
    startPermission: async ({ actor }) => (actor.type === 'user' ? null : forbidden('users only')),
    schedule: {
      rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15',
      tz: 'Europe/Berlin',
      rruleFrom: async () => ruleFrom(),
      input: (occurrence) => ({ year: occurrence.year - 1 }),
    },
  };
}
