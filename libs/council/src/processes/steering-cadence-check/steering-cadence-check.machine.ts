import { setup } from 'xstate';
import { effect, eventNow, type EngineEvent } from '@gremium/workflow';
import { quarterBounds, quarterCheckDay } from '../../meetings/cadence';
import { berlinMidnight } from '../../terms/calendar-date';
import type { CadenceCheckInput } from './steering-cadence-check.schemas';

export interface CadenceCheckContext {
  year: number;
  quarter: number;
  /** The first day of the quarter and of the next one (YYYY-MM-DD). */
  from: string;
  to: string;
  /** 00:00 Europe/Berlin, 6 weeks before the quarter ends. */
  checkAt: number;
}

export interface QuarterParams {
  year: number;
  quarter: number;
  from: string;
  to: string;
}

type Args = { context: CadenceCheckContext; event: EngineEvent };

/**
 * R5: the steering group meets every quarter. Started at the beginning of a quarter, it waits (a durable
 * timer) until 6 weeks before the quarter ends and then checks that a steering meeting is planned in it.
 */
export const cadenceCheckMachine = setup({
  types: { context: {} as CadenceCheckContext, events: {} as EngineEvent, input: {} as EngineEvent },
  delays: { checkAt: ({ context, event }: Args) => context.checkAt - eventNow(event) },
  actions: { checkQuarter: effect<QuarterParams>() },
}).createMachine({
  id: 'steering-cadence-check',
  context: ({ input }) => {
    const { year, quarter } = input.payload as CadenceCheckInput;
    const { from, to } = quarterBounds(year, quarter);
    return { year, quarter, from, to, checkAt: berlinMidnight(quarterCheckDay(year, quarter)).getTime() };
  },
  initial: 'waiting',
  states: {
    waiting: { after: { checkAt: 'checked' } },
    checked: {
      type: 'final',
      entry: {
        type: 'checkQuarter',
        params: ({ context }: Args): QuarterParams => ({
          year: context.year,
          quarter: context.quarter,
          from: context.from,
          to: context.to,
        }),
      },
    },
  },
});
