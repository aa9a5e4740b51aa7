import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const MEMBERSHIP_ROLES = ['member', 'temporary', 'moderator'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type MembershipBody = 'working-group' | 'plenary';

/** A person in a working group (R2, R3) or in the plenary (R8), for a period. */
@Entity({ tableName: 'membership' })
@Index({ properties: ['workingGroupId', 'personId'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  personId!: string;

  @Property({ type: 'text' })
  body!: MembershipBody;

  @Property({ type: 'uuid', nullable: true })
  workingGroupId: string | null = null;

  @Property({ type: 'text' })
  role!: MembershipRole;

  @Property({ columnType: 'date', type: 'string' })
  from!: string;

  /** Last day (inclusive); null while open-ended. */
  @Property({ columnType: 'date', type: 'string', nullable: true })
  to: string | null = null;

  /** The concrete topic of a temporary member (R2). */
  @Property({ type: 'text', nullable: true })
  topic: string | null = null;

  /** The organization a plenary member represents (R8: one representative each). */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  onBehalfOfId: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
