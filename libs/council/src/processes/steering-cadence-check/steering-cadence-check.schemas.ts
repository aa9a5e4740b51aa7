import { z } from 'zod';

export const cadenceCheckInput = z
  .object({ year: z.number().int().min(2000).max(9999), quarter: z.number().int().min(1).max(4) })
  .strict();
export type CadenceCheckInput = z.infer<typeof cadenceCheckInput>;
