import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { AnnualFigures } from '../../annual-report/figures';
import type { Vote } from '../recommendation/sign-off';
import type { ReportDecision } from './annual-report.machine';
import type { Narrative } from './annual-report.schemas';

export const ANNUAL_REPORT_STATES = ['drafting', 'inReview', 'approved', 'submitted', 'cancelled'] as const;
export type AnnualReportState = (typeof ANNUAL_REPORT_STATES)[number];

/** The projection of an annual-report process (P6): one report per year (R10). */
@Entity({ tableName: 'annual_report' })
export class AnnualReport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'integer' })
  @Index()
  year!: number;

  @Property({ type: 'text' })
  state!: AnnualReportState;

  @Property({ type: 'jsonb', nullable: true })
  figures: AnnualFigures | null = null;

  @Property({ type: 'jsonb' })
  narrative!: Narrative;

  @Property({ type: 'integer' })
  round!: number;

  @Property({ type: 'jsonb' })
  votes!: Vote[];

  /** The steering members of this round who have not voted yet. */
  @Property({ type: 'jsonb' })
  notVoted!: string[];

  @Property({ type: 'jsonb', nullable: true })
  decision: ReportDecision | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'jsonb', nullable: true })
  submission: { date: string; reference: string | null } | null = null;

  @Property({ type: 'uuid' })
  processId!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
