import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Command types the engine applies itself; lower case with a dot, so no definition's command can clash. */
export const START_COMMAND = 'process.start';

/** Moves an instance to a later version of its definition (see InstanceMigrator). */
export const MIGRATE_COMMAND = 'process.migrate';
export const migratePayload = z.object({ toVersion: z.number().int().min(1) }).strict();
export type MigratePayload = z.infer<typeof migratePayload>;

/** A start's payload: which process, with which input (checked against the definition when applied). */
export const startPayload = z.object({ definition: z.string(), input: z.record(z.string(), z.unknown()) });
export type StartPayload = z.infer<typeof startPayload>;

// A fixed namespace of this product (random once), for name-based ids of started processes.
const START_NAMESPACE = Buffer.from('6f1d7d1c9a2b4e0f8a4c2f5e3b7d9c10', 'hex');

/**
 * The id of the process a start with an idempotency key creates: the same definition and key always name the
 * same process (a name-based UUID, RFC 4122 version 5), so the key is unique per definition like `startKey`.
 */
export function startedProcessId(definitionKey: string, idempotencyKey: string): string {
  const hash = createHash('sha1')
    .update(START_NAMESPACE)
    .update(`${definitionKey}\u0000${idempotencyKey}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
