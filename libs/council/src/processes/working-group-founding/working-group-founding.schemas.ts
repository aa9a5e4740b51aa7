import { z } from 'zod';

export const foundingInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    topic: z.string().trim().min(1).max(500),
    rationale: z.string().trim().min(1).max(5000),
    initialMemberIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict();
export type FoundingInput = z.infer<typeof foundingInput>;
