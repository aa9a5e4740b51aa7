import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobPublisher } from '@gremium/platform';
import { OutboxMessage } from '../entities/outbox-message.entity';
import type { EffectBatch } from './effect-batch';

/** The fast path after a commit: publish the batch's jobs and mark their outbox rows as sent. */
@Injectable()
export class OutboxPublisher {
  private readonly logger = new Logger(OutboxPublisher.name);

  constructor(
    private readonly em: EntityManager,
    private readonly publisher: JobPublisher,
  ) {}

  /** Never throws: what could not be published stays in the outbox for the relay. */
  async flush(batch: EffectBatch): Promise<void> {
    if (batch.jobs.length === 0) return;
    try {
      await this.publisher.publish(batch.jobs);
      if (batch.outboxIds.length > 0) {
        await this.em
          .fork()
          .nativeUpdate(OutboxMessage, { id: { $in: batch.outboxIds } }, { publishedAt: new Date() });
      }
    } catch (error) {
      this.logger.warn(
        `publishing ${batch.jobs.length} job(s) failed; the outbox relay will retry: ${String(error)}`,
      );
    }
  }
}
