import { z } from 'zod';
import type { AnnualFigures } from '../../annual-report/figures';
import { voteCounts } from '../../shared/payload-schemas';
import { isCalendarDate } from '../../terms/calendar-date';
import type { SteeringFacts } from '../recommendation/sign-off';

/** The narrative sections the coordination office writes, in the report's order. */
export const NARRATIVE_SECTIONS = ['introduction', 'workingGroups', 'steeringGroup', 'outlook'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export type Narrative = Partial<Record<NarrativeSection, string>>;

const calendarDate = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');
const sectionText = z.string().trim().max(20_000);

export const annualReportInput = z.object({ year: z.number().int().min(2000).max(9999) }).strict();
export type AnnualReportInput = z.infer<typeof annualReportInput>;

export const recompilePayload = z.object({}).strict();
export const editNarrativePayload = z
  .object({
    sections: z
      .object(Object.fromEntries(NARRATIVE_SECTIONS.map((section) => [section, sectionText.optional()])))
      .strict(),
  })
  .strict() as z.ZodType<{ sections: Narrative }>;
export const submitForApprovalPayload = z.object({}).strict();
export const reportSignOffPayload = z
  .object({ vote: z.enum(['approve', 'return']), comment: z.string().trim().max(5000).optional() })
  .strict();
export const reportSteeringDecisionPayload = z
  .object({ decision: z.enum(['approved', 'returned']), meetingId: z.uuid(), votes: voteCounts })
  .strict();
export const submitToCouncilPayload = z
  .object({ date: calendarDate, reference: z.string().trim().min(1).max(200).optional() })
  .strict();

export type AnnualReportCommands = {
  RECOMPILE: z.infer<typeof recompilePayload>;
  EDIT_NARRATIVE: { sections: Narrative };
  SUBMIT_FOR_APPROVAL: z.infer<typeof submitForApprovalPayload>;
  SIGN_OFF: z.infer<typeof reportSignOffPayload>;
  STEERING_DECISION: z.infer<typeof reportSteeringDecisionPayload>;
  SUBMIT_TO_COUNCIL: z.infer<typeof submitToCouncilPayload>;
};

/** The figures, compiled by the engine when the report starts, on RECOMPILE and on submission for approval. */
export type AnnualReportFacts = {
  figures?: AnnualFigures;
  steering?: SteeringFacts;
};
