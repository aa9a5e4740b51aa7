import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canonicalJson } from '@gremium/workflow';
import { RecordChange, type FieldChange, type RecordAction, type RecordKind } from './record-change.entity';

export const RECORD_GENESIS = '0'.repeat(64);

/** Fields whose values are personal data (kept out of the permanent record: only that they changed). */
const WITHHELD: Record<RecordKind, readonly string[]> = {
  person: ['name', 'givenName', 'familyName', 'email', 'phone'],
  user: ['email', 'passwordHash'],
  organization: [],
  membership: [],
  meeting: [],
  recommendation: [],
  settings: [],
};
/** Bookkeeping that changes with every write. */
const IGNORED = new Set(['createdAt', 'updatedAt', 'reads']);

type Snapshot = Record<string, unknown> | null;

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (JSON.parse(JSON.stringify(value ?? null)) as unknown);
}

/** A JSON-safe copy of an entity's fields, to compare before and after. */
export function snapshot(entity: object | null): Snapshot {
  if (!entity) return null;
  return Object.fromEntries(Object.entries(entity).map(([key, value]) => [key, plain(value)]));
}

export function changedFields(kind: RecordKind, before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (IGNORED.has(field) || field === 'id') continue;
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (canonicalJson(from) === canonicalJson(to)) continue;
    const name = field === 'passwordHash' ? 'password' : field;
    changes.push(WITHHELD[kind].includes(field) ? { field: name } : { field: name, from, to });
  }
  return changes;
}

function chainHash(prevHash: string, row: Omit<RecordChange, 'id' | 'prevHash' | 'hash'>): string {
  return createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        seq: row.seq,
        action: row.action,
        actorId: row.actorId,
        changes: row.changes,
        at: row.at.toISOString(),
      }),
    )
    .digest('hex');
}

export interface RecordChangeInput {
  kind: RecordKind;
  subjectId: string;
  action: RecordAction;
  actorId: string | null;
  at: Date;
  before: Snapshot;
  after: Snapshot;
}

/** Appends to the record's chain inside the caller's transaction (serialised per record). */
export async function appendRecordChange(em: EntityManager, input: RecordChangeInput): Promise<void> {
  const changes = changedFields(input.kind, input.before, input.after);
  if (input.action === 'updated' && changes.length === 0) return;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [input.subjectId]);
  const [last] = await em.find(
    RecordChange,
    { subjectId: input.subjectId },
    { orderBy: { seq: 'desc' }, limit: 1, disableIdentityMap: true },
  );
  const row = {
    subjectType: input.kind,
    subjectId: input.subjectId,
    seq: last ? last.seq + 1 : 0,
    action: input.action,
    actorId: input.actorId,
    changes,
    at: input.at,
  };
  const prevHash = last?.hash ?? RECORD_GENESIS;
  await em.insert(RecordChange, { id: randomUUID(), ...row, prevHash, hash: chainHash(prevHash, row) });
}

export interface RecordChainReport {
  valid: boolean;
  count: number;
  brokenAtSeq: number | null;
}

export async function verifyRecordChain(em: EntityManager, subjectId: string): Promise<RecordChainReport> {
  const rows = await em.find(
    RecordChange,
    { subjectId },
    { orderBy: { seq: 'asc' }, disableIdentityMap: true },
  );
  let prev = RECORD_GENESIS;
  for (const [index, row] of rows.entries()) {
    if (row.seq !== index || row.prevHash !== prev || row.hash !== chainHash(prev, row)) {
      return { valid: false, count: rows.length, brokenAtSeq: row.seq };
    }
    prev = row.hash;
  }
  return { valid: true, count: rows.length, brokenAtSeq: null };
}
