import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../identity/user.entity';

/**
 * The addresses a notification's e-mail goes to at once: the users who chose a daily digest instead get
 * it with their next digest (the notification itself is theirs at once either way).
 */
export const mailNow = (users: readonly User[]): string[] =>
  users.filter((user) => user.notificationDelivery === 'each').map((user) => user.email);

/** The coordination office's accounts (a role notification reaches each of them). */
export async function coordinationUsers(em: EntityManager): Promise<User[]> {
  return (await em.find(User, {}, { orderBy: { id: 'asc' } })).filter((user) =>
    user.roles.includes('coordination'),
  );
}
