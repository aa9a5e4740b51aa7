import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  /** The client's address (behind a proxy only with TRUST_PROXY). */
  @Property({ type: 'text' })
  ip!: string;

  @Property({ type: 'boolean' })
  success!: boolean;

  @Property({ type: 'timestamptz', length: 3 })
  at!: Date;
}
