import { z } from 'zod';
import { parseDuration } from '@gremium/platform';
import { yearlyOn } from '@gremium/workflow';

const duration = z.string().refine((value) => {
  try {
    return parseDuration(value) > 0;
  } catch {
    return false;
  }
}, 'must be a positive ISO 8601 duration in weeks, days, hours, minutes or seconds (e.g. P42D, P8W, PT30S)');

/** A day of the year as an XML Schema gMonthDay (`--01-15`), a day every year has (no 29 February). */
const dayOfYear = z.string().refine((value) => {
  try {
    yearlyOn(value);
    const [month, day] = value.slice(2).split('-').map(Number);
    return day >= 1 && day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  } catch {
    return false;
  }
}, 'must be a day of the year like --01-15');

/** The steering group's rules of procedure (R9) that the processes apply. */
export const rulesOfProcedure = z
  .object({
    reviewPeriod: duration,
    answerPeriod: duration,
    termAlertLeadDays: z.array(z.number().int().min(1).max(730)).max(10),
    signOffMajority: z.enum(['more-than-half']),
    /** When the annual report of the past year starts (P6), 00:00 Europe/Berlin; kept when not given. */
    annualReportStart: dayOfYear.optional(),
  })
  .strict();

/** The rules as given (a setting left out keeps its value). */
export type RulesInput = z.infer<typeof rulesOfProcedure>;
/** The rules in force: every setting has a value. */
export type RulesOfProcedure = Required<RulesInput>;

export const DEFAULT_RULES: RulesOfProcedure = {
  reviewPeriod: 'P42D',
  answerPeriod: 'P8W',
  termAlertLeadDays: [180, 90, 30, 7],
  signOffMajority: 'more-than-half',
  annualReportStart: '--01-15',
};
