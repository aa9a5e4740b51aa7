import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from './membership.entity';

/** Memberships in force on a calendar date (from <= date <= to). */
export function inForceOn(date: string) {
  return { from: { $lte: date }, $or: [{ to: null }, { to: { $gte: date } }] };
}

export async function isGroupMember(
  em: EntityManager,
  personId: string,
  workingGroupId: string,
  date: string,
): Promise<boolean> {
  return (
    (await em.count(Membership, { personId, workingGroupId, body: 'working-group', ...inForceOn(date) })) > 0
  );
}
