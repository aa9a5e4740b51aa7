import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  processId: string;
  seq: number;
  type: string;
  commandId: string | null;
  actor: Record<string, unknown>;
  event: object;
  stateBefore: unknown;
  stateAfter: unknown;
  version: number;
  at: Date;
}

export function auditHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ ...fields, at: fields.at.toISOString() }))
    .digest('hex');
}
