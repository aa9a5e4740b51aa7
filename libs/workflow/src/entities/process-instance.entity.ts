import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type ProcessStatus = 'active' | 'done';

@Entity({ tableName: 'process_instance' })
@Index({ properties: ['subjectType', 'subjectId'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Unique({ properties: ['definitionKey', 'startKey'] })
export class ProcessInstance {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  definitionKey!: string;

  @Property({ type: 'integer' })
  definitionVersion!: number;

  @Property({ type: 'jsonb' })
  state!: unknown;

  @Property({ type: 'jsonb' })
  context!: Record<string, unknown>;

  @Property({ type: 'text' })
  @Index()
  status!: ProcessStatus;

  @Property({ type: 'text', nullable: true })
  subjectType: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  parentId: string | null = null;

  /** The idempotency key the process was started with, unique per definition. */
  @Property({ type: 'text', nullable: true })
  startKey: string | null = null;

  @Property({ type: 'integer' })
  version!: number;

  /** Hash of the newest audit event, so appending needs no extra read. */
  @Property({ type: 'character', length: 64 })
  auditHead!: string;

  @Property({ type: 'timestamptz', length: 3 })
  createdAt!: Date;

  @Property({ type: 'timestamptz', length: 3 })
  updatedAt!: Date;
}
