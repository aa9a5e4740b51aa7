import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationRequest } from '@gremium/workflow';
import { User } from '../identity/user.entity';

/**
 * The recipients for notifying people (steering members, invitees): one per person with an account
 * (notifications are addressed to users; a person without an account has nobody to read them).
 */
export async function recipientsForPeople(
  em: EntityManager,
  personIds: readonly string[],
): Promise<NotificationRequest['recipient'][]> {
  if (personIds.length === 0) return [];
  const users = await em.find(
    User,
    { personId: { $in: [...new Set(personIds)] } },
    { orderBy: { id: 'asc' } },
  );
  return users.map((user) => ({ userId: user.id }));
}
