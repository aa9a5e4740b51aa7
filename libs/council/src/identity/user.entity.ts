import { Check, Entity, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';

export const STORED_ROLES = ['coordination', 'viewer'] as const;
export type StoredRole = (typeof STORED_ROLES)[number];

/** How notifications reach a user by e-mail: each one at once, or one digest a day. */
export const NOTIFICATION_DELIVERIES = ['each', 'digest'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

@Entity({ tableName: 'app_user' })
// Written with `or`, not `in (…)`: MikroORM takes an `in` check for an enum column and diffs it forever.
@Check({
  name: 'app_user_delivery_known',
  expression: `notification_delivery = 'each' or notification_delivery = 'digest'`,
})
export class User {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Lower-cased. */
  @Property({ type: 'text' })
  @Unique()
  email!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Property({ type: 'jsonb' })
  roles!: StoredRole[];

  /** SHA-256 of the secret in the user's calendar feed URL (P8); a new one replaces it. */
  @Property({ type: 'character', length: 64, nullable: true, hidden: true })
  @Unique()
  calendarTokenHash: string | null = null;

  @Property({ type: 'text', default: 'each' })
  notificationDelivery: Opt<NotificationDelivery> = 'each';

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
