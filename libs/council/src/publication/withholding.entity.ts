import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const WITHHOLDABLE = ['meeting', 'recommendation'] as const;
export type Withholdable = (typeof WITHHOLDABLE)[number];

/**
 * The coordination office's decision to keep a meeting or a recommendation out of the open council data
 * (or to release it again). The row's id is the item's id, so its records of change join the item's own.
 */
@Entity({ tableName: 'publication_withholding' })
export class Withholding {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  subjectType!: Withholdable;

  @Property({ type: 'boolean' })
  withheld!: boolean;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
