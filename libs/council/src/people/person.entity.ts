import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

@Entity({ tableName: 'person' })
@Index({
  name: 'person_name_search_idx',
  expression: `create index "person_name_search_idx" on "person" using gin (gremium_unaccent("name") gin_trgm_ops)`,
})
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

  /** Published in the open council data (OParl, the public page): only with the person's consent. */
  @Property({ type: 'boolean', default: false })
  publicProfile: Opt<boolean> = false;

  /** The day the person consented to the public profile (null while not public). */
  @Property({ columnType: 'date', type: 'string', nullable: true })
  publicProfileConsentOn: string | null = null;

  /** When the profile was last published or withdrawn: once set, a withdrawn profile is listed as deleted. */
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  publicProfileChangedAt: Date | null = null;

  /** Erased (DSGVO Art. 17): the name is a pseudonym, contact data are gone. */
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  erasedAt: Date | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
