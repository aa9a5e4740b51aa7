import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'person' })
export class Person {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  @Index()
  name!: string;

  @Property({ type: 'text', nullable: true })
  givenName: string | null = null;

  @Property({ type: 'text', nullable: true })
  familyName: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  organizationId: string | null = null;

  /** Erased (DSGVO Art. 17): the name is a pseudonym, contact data are gone. */
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  erasedAt: Date | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
