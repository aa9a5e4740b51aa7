import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobPayloads, OutgoingJob, QueueName } from '@gremium/platform';
import { OutboxMessage } from '../entities/outbox-message.entity';

/**
 * What one transaction wants to tell Redis once it has committed. Durable jobs get an outbox row in the
 * same transaction (the relay republishes them if the fast path fails); best-effort ones (early delayed
 * timer jobs, whose timer row the sweeper finds anyway) do not.
 */
export class EffectBatch {
  readonly jobs: OutgoingJob[] = [];
  readonly outboxIds: string[] = [];

  enqueue<Q extends QueueName>(
    em: EntityManager,
    queue: Q,
    jobId: string,
    data: JobPayloads[Q],
    now: Date,
  ): void {
    const id = randomUUID();
    em.create(OutboxMessage, {
      id,
      queue,
      jobId,
      data: { ...data },
      createdAt: now,
      notBefore: null,
      publishedAt: null,
    });
    this.outboxIds.push(id);
    this.jobs.push({ queue, jobId, data });
  }

  hint<Q extends QueueName>(queue: Q, jobId: string, data: JobPayloads[Q], delayMs: number): void {
    this.jobs.push({ queue, jobId, data, delayMs });
  }
}
