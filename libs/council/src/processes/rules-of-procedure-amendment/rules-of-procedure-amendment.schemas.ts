import { z } from 'zod';
import { reasonPayload, voteCounts } from '../../shared/payload-schemas';
import { rulesOfProcedure } from '../../settings/rules-of-procedure';

export const amendmentInput = z
  .object({
    title: z.string().trim().min(1).max(300),
    /** The full new wording of the Geschäftsordnung (Markdown). */
    text: z.string().trim().min(1).max(200_000),
    /** The settings the new wording changes; the others stay as they are. */
    changes: rulesOfProcedure.partial().strict().optional(),
  })
  .strict();
export type AmendmentInput = z.infer<typeof amendmentInput>;

/** R9: only the steering group decides, at a meeting. */
export const amendmentDecision = z
  .object({ decision: z.enum(['adopted', 'rejected']), meetingId: z.uuid(), votes: voteCounts })
  .strict();

export type AmendmentCommands = {
  STEERING_DECISION: z.infer<typeof amendmentDecision>;
  WITHDRAW: z.infer<typeof reasonPayload>;
};
