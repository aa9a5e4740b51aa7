import { z } from 'zod';

/** The audit event of a migration to another version of the process's definition. */
export const MIGRATED_EVENT = 'process.migrated';

/** What a migration records: enough for a replay to continue on the new version's machine. */
export const migratedPayload = z.object({
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  state: z.unknown(),
  context: z.record(z.string(), z.unknown()),
});
export type MigratedPayload = z.infer<typeof migratedPayload>;
