import { z } from 'zod';

export const voteCounts = z
  .object({
    yes: z.number().int().min(0),
    no: z.number().int().min(0),
    abstain: z.number().int().min(0),
  })
  .strict();

export type VoteCounts = z.infer<typeof voteCounts>;

/** A body's decision as the coordination office records it. */
export function bodyDecision<const T extends readonly [string, ...string[]]>(decisions: T) {
  return z
    .object({
      decision: z.enum(decisions),
      meetingId: z.uuid().optional(),
      votes: voteCounts.optional(),
      note: z.string().trim().max(2000).optional(),
    })
    .strict();
}

export const reasonPayload = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
