import { z } from 'zod';
import { parseDuration } from '@gremium/platform';

const duration = z.string().refine((value) => {
  try {
    return parseDuration(value) > 0;
  } catch {
    return false;
  }
}, 'must be a positive ISO 8601 duration in weeks, days, hours, minutes or seconds (e.g. P42D, P8W, PT30S)');

/** The steering group's rules of procedure (R9) that the processes apply. */
export const rulesOfProcedure = z
  .object({
    reviewPeriod: duration,
    answerPeriod: duration,
    termAlertLeadDays: z.array(z.number().int().min(1).max(730)).max(10),
    signOffMajority: z.enum(['more-than-half']),
  })
  .strict();

export type RulesOfProcedure = z.infer<typeof rulesOfProcedure>;

export const DEFAULT_RULES: RulesOfProcedure = {
  reviewPeriod: 'P42D',
  answerPeriod: 'P8W',
  termAlertLeadDays: [180, 90, 30, 7],
  signOffMajority: 'more-than-half',
};
