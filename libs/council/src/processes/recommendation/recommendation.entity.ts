import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Vote } from './sign-off';
import type { Addressee } from './recommendation.schemas';
import type { Answer, Decision } from './recommendation.machine';
import type { Forward } from './recommendation.schemas';

export const RECOMMENDATION_STATES = [
  'draft',
  'inReview',
  'returned',
  'endorsed',
  'forwarded',
  'answered',
  'rejected',
  'closed',
  'withdrawn',
  'cancelled',
] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number];

/** The projection of a recommendation process (P4): what the group advises and what became of it. */
@Entity({ tableName: 'recommendation' })
@Index({
  name: 'recommendation_title_search_idx',
  expression: `create index "recommendation_title_search_idx" on "recommendation" using gin (gremium_unaccent("title") gin_trgm_ops)`,
})
@Index({ properties: ['state', 'updatedAt'] })
export class Recommendation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Null for the steering group's own recommendation (R5). */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  workingGroupId: string | null = null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'jsonb' })
  addressees!: Addressee[];

  @Property({ type: 'jsonb' })
  tags!: string[];

  @Property({ type: 'text' })
  state!: RecommendationState;

  @Property({ type: 'boolean' })
  escalated!: boolean;

  @Property({ type: 'integer' })
  round!: number;

  @Property({ type: 'jsonb' })
  votes!: Vote[];

  @Property({ type: 'jsonb', nullable: true })
  decision: Decision | null = null;

  @Property({ type: 'jsonb' })
  forwards!: Forward[];

  @Property({ type: 'jsonb' })
  answers!: Answer[];

  @Property({ type: 'text', nullable: true })
  closedReason: string | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'uuid' })
  @Index()
  processId!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
