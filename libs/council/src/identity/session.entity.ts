import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A login. Only the SHA-256 of the opaque token is stored. */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'character', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'uuid' })
  @Index()
  userId!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  revokedAt: Date | null = null;
}
