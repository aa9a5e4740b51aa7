import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobPayloads, OutgoingJob, QueueName } from '@gremium/platform';
import { OutboxMessage } from '../entities/outbox-message.entity';

/**
 * The one job for commands stored together, named after the first: while it waits in Redis, publishing the
 * same group again adds nothing.
 */
export function commandGroupJob(commandIds: readonly string[]): OutgoingJob<'commands'> {
  return { queue: 'commands', jobId: commandIds[0], data: { commandIds: [...commandIds] } };
}

/**
 * What one transaction wants to tell Redis once it has committed. Durable jobs get an outbox row in the
 * same transaction (the relay republishes them if the fast path fails); best-effort ones (early delayed
 * timer jobs, whose timer row the sweeper finds anyway) do not.
 */
export class EffectBatch {
  readonly jobs: OutgoingJob[] = [];
  readonly outboxIds: string[] = [];
  private commandGroup: { row: OutboxMessage; job: OutgoingJob<'commands'> } | null = null;

  enqueue<Q extends QueueName>(
    em: EntityManager,
    queue: Q,
    jobId: string,
    data: JobPayloads[Q],
    now: Date,
  ): { row: OutboxMessage; job: OutgoingJob<Q> } {
    const id = randomUUID();
    const row = em.create(OutboxMessage, {
      id,
      queue,
      jobId,
      data: { ...data },
      createdAt: now,
      notBefore: null,
      publishedAt: null,
    });
    this.outboxIds.push(id);
    const job: OutgoingJob<Q> = { queue, jobId, data };
    this.jobs.push(job);
    return { row, job };
  }

  /**
   * A stored command to apply. Every command of the transaction goes into one job (and one outbox row),
   * named after its first command: the command rows decide what is applied, the job only says where to
   * look, so a group costs Redis what one command did.
   */
  command(em: EntityManager, commandId: string, now: Date): void {
    if (!this.commandGroup) {
      this.commandGroup = this.enqueue(em, 'commands', commandId, { commandIds: [commandId] }, now);
      return;
    }
    const { row, job } = this.commandGroup;
    // A new object, so that the unit of work sees the change if the row was flushed already.
    job.data = { commandIds: [...job.data.commandIds, commandId] };
    row.data = { ...job.data };
  }

  hint<Q extends QueueName>(queue: Q, jobId: string, data: JobPayloads[Q], delayMs: number): void {
    this.jobs.push({ queue, jobId, data, delayMs });
  }
}
