import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A file attached to a subject (a meeting, a recommendation, an annual report …): who attached it and
 * when; detaching keeps the row (who/when) so the record of what was attached stays.
 */
@Entity({ tableName: 'file_attachment' })
@Index({ properties: ['subjectKind', 'subjectId'] })
export class FileAttachment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  fileId!: string;

  /** One of ATTACHMENT_SUBJECTS' kinds, e.g. `meeting`, `recommendation`, `annual-report`. */
  @Property({ type: 'text' })
  subjectKind!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** What the document is for the subject, e.g. `invitation`, `minutes`, `answer:administration`. */
  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  @Property({ type: 'uuid' })
  attachedById!: string;

  @Property({ type: 'timestamptz', length: 3 })
  attachedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  detachedById: string | null = null;

  @Property({ type: 'timestamptz', length: 3, nullable: true })
  detachedAt: Date | null = null;
}
