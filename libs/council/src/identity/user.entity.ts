import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export const STORED_ROLES = ['coordination', 'viewer'] as const;
export type StoredRole = (typeof STORED_ROLES)[number];

@Entity({ tableName: 'app_user' })
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

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
