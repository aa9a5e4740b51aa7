import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['email', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'boolean' })
  success!: boolean;

  @Property({ type: 'timestamptz', length: 3 })
  at!: Date;
}
