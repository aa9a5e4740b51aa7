import { z } from 'zod';
import { isCalendarDate } from '../../terms/calendar-date';
import { voteCounts } from '../../shared/payload-schemas';
import { VOTE_KINDS, type SteeringFacts } from './sign-off';

export const ADDRESSEES = ['administration', 'council'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

const calendarDate = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');
const addressees = z
  .array(z.enum(ADDRESSEES))
  .min(1, 'needs at least one addressee')
  .refine((list) => new Set(list).size === list.length, 'must not repeat an addressee');
const tags = z.array(z.string().trim().min(1).max(50)).max(20);

const draftFields = {
  title: z.string().trim().min(1).max(300),
  text: z.string().trim().min(1).max(50_000),
  addressees,
  tags: tags.optional(),
};

export const recommendationInput = z.object({ workingGroupId: z.uuid(), ...draftFields }).strict();
/**
 * Version 3: without a working group the recommendation is the steering group's own (R5: it "gives
 * recommendations" itself), drafted by the coordination office.
 */
export const recommendationInputV3 = z
  .object({ workingGroupId: z.uuid().nullable().optional(), ...draftFields })
  .strict();
export type RecommendationInput = Omit<z.infer<typeof recommendationInput>, 'workingGroupId'> & {
  workingGroupId?: string | null;
};

export const editPayload = z.object(draftFields).strict();
export const submitPayload = z.object({ adoptedAtMeetingId: z.uuid().optional() }).strict();
export const signOffPayload = z
  .object({ vote: z.enum(VOTE_KINDS), comment: z.string().trim().max(5000).optional() })
  .strict();
export const steeringDecisionPayload = z
  .object({ decision: z.enum(['endorsed', 'rejected', 'returned']), meetingId: z.uuid(), votes: voteCounts })
  .strict();
export const forwardPayload = z
  .object({ addressee: z.enum(ADDRESSEES), reference: z.string().trim().min(1).max(200), date: calendarDate })
  .strict();
/** Version 3: the day the answer is due; without it, the forwarding date plus the answer period (R9 settings). */
export const forwardPayloadV3 = forwardPayload.extend({ answerDueOn: calendarDate.optional() }).strict();
export const answerPayload = z
  .object({
    addressee: z.enum(ADDRESSEES),
    summary: z.string().trim().min(1).max(10_000),
    date: calendarDate,
    reference: z.string().trim().max(200).optional(),
  })
  .strict();
/** Version 3: the addressee's answer may carry a document (a file uploaded first, POST /api/files). */
export const answerPayloadV3 = answerPayload.extend({ fileId: z.uuid().optional() }).strict();
export const escalatePayload = z.object({ note: z.string().trim().min(1).max(5000) }).strict();
export const closePayload = z.object({ note: z.string().trim().max(5000).optional() }).strict();
/** A forwarding as recorded; version 3 adds the due date of the answer and when its reminder went out. */
export type Forward = z.infer<typeof forwardPayload> & { dueOn?: string; remindedAt?: number | null };

export type RecommendationCommands = {
  EDIT: z.infer<typeof editPayload>;
  SUBMIT: z.infer<typeof submitPayload>;
  SIGN_OFF: z.infer<typeof signOffPayload>;
  STEERING_DECISION: z.infer<typeof steeringDecisionPayload>;
  FORWARD: Forward;
  RECORD_ANSWER: z.infer<typeof answerPayload>;
  ESCALATE_TO_COUNCIL: z.infer<typeof escalatePayload>;
  CLOSE: z.infer<typeof closePayload>;
};

/** Who holds a steering seat now (R6), the group's moderator, and the periods of the rules of procedure (R9). */
export type RecommendationFacts = {
  steering: SteeringFacts;
  moderatorId: string | null;
  reviewPeriodMs?: number;
  answerPeriodMs?: number;
};
