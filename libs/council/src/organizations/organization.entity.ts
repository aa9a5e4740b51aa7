import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const ORGANIZATION_KINDS = [
  'police',
  'provider',
  'science',
  'city-administration',
  'association',
  'institution',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity({ tableName: 'organization' })
@Index({
  name: 'organization_name_search_idx',
  expression: `create index "organization_name_search_idx" on "organization" using gin (gremium_unaccent("name") gin_trgm_ops)`,
})
export class Organization {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  @Index()
  name!: string;

  @Property({ type: 'text' })
  kind!: OrganizationKind;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
