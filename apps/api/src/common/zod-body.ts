import type { z } from 'zod';
import { BadRequestException } from '@nestjs/common';
import { zodProblems } from '@gremium/workflow';
import { errorBody } from './error-body';

/** Validates a body against a domain schema; a 400 names every offending field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const details = zodProblems(parsed.error);
  throw new BadRequestException(
    errorBody(400, `invalid request: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`, details),
  );
}
