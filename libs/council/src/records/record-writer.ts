import { Injectable } from '@nestjs/common';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, NotFoundError, RefusalError, type Refusal } from '@gremium/workflow';

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
