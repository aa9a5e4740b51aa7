import type { z } from 'zod';
import { WorkflowError } from '../errors/workflow.error';
import { zodProblems } from '../errors/zod-problems';

/** Parses with a definition's schema; a failure is a 400 whose details name each field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const details = zodProblems(parsed.error, root);
  throw new WorkflowError(
    'VALIDATION_FAILED',
    `invalid ${root}: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`,
    details,
  );
}
