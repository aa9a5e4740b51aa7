import { z } from 'zod';

export const dissolutionInput = z
  .object({ workingGroupId: z.uuid(), reason: z.string().trim().min(1).max(5000) })
  .strict();
export type DissolutionInput = z.infer<typeof dissolutionInput>;
