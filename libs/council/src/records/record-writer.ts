import { Injectable } from '@nestjs/common';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, NotFoundError, RefusalError, type Refusal } from '@gremium/workflow';
import { appendRecordChange, snapshot } from './record-chain';
import type { RecordAction, RecordKind } from './record-change.entity';

/** Who changes a record: the signed-in user (the records of change name them). */
export interface Editor {
  userId: string;
}

/** Throws a domain refusal; the API maps its code to 400/403/409. */
export function refuse(refusal: Refusal): never {
  throw new RefusalError(refusal);
}

/**
 * What every service that writes the council's records shares: a fresh unit of work and the engine's
 * clock (in test mode its offset lives in the database, so it is re-read before each write).
 */
@Injectable()
export class RecordWriter {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async begin(): Promise<{ em: EntityManager; now: Date }> {
    const em = this.em.fork();
    await this.clock.refresh(em);
    return { em, now: this.clock.now() };
  }

  /**
   * Flushes the unit of work and appends the record of change (who, when, which fields) in one
   * transaction. `before` is the record's snapshot taken before it was changed (null when created).
   */
  async commit(
    em: EntityManager,
    change: {
      kind: RecordKind;
      record: { id: string };
      action: RecordAction;
      before: Record<string, unknown> | null;
      by: Editor | null;
      at: Date;
    },
  ): Promise<void> {
    await this.atomically(em, async () => {
      await em.flush();
      await appendRecordChange(em, {
        kind: change.kind,
        subjectId: change.record.id,
        action: change.action,
        actorId: change.by?.userId ?? null,
        at: change.at,
        before: change.before,
        after: change.action === 'deleted' ? null : snapshot(change.record),
      });
    });
  }

  /** Runs the writes in one transaction of this unit of work (flushed and committed at the end). */
  async atomically<T>(em: EntityManager, write: () => Promise<T>): Promise<T> {
    await em.begin();
    try {
      const result = await write();
      await em.commit();
      return result;
    } catch (error) {
      await em.rollback();
      throw error;
    }
  }

  async findOr404<T extends { id: string }>(
    em: EntityManager,
    entity: EntityName<T>,
    id: string,
    what: string,
  ): Promise<T> {
    const row = await em.findOne(entity, { id } as FilterQuery<T>);
    if (!row) throw new NotFoundError(what, id);
    return row;
  }
}
