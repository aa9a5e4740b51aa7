import { createHash } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Attempts keep only a hash of the e-mail typed: enough to count, nothing to read back. */
export function loginEmailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['emailHash', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** SHA-256 (hex) of the lower-cased e-mail. */
  @Property({ type: 'character', length: 64 })
  emailHash!: string;

  /** The client's address (behind a proxy only with TRUST_PROXY). */
  @Property({ type: 'text' })
  ip!: string;

  @Property({ type: 'boolean' })
  success!: boolean;

  @Property({ type: 'timestamptz', length: 3 })
  at!: Date;
}
