import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Addressee } from './recommendation.schemas';

/**
 * One wording of a recommendation: the text as started (number 1) and after every EDIT that changed it,
 * so the difference between any two can be shown.
 */
@Entity({ tableName: 'recommendation_version' })
@Unique({ properties: ['recommendationId', 'number'] })
export class RecommendationVersion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  recommendationId!: string;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'jsonb' })
  addressees!: Addressee[];

  @Property({ type: 'jsonb' })
  tags!: string[];

  /** The person who wrote this wording (null for the version taken over when versions were introduced). */
  @Property({ type: 'uuid', nullable: true })
  editedById: string | null = null;

  @Property({ type: 'timestamptz', length: 3 })
  editedAt!: Date;

  @Property({ type: 'uuid' })
  processId!: string;
}
