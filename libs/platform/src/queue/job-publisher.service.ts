import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import type { OutgoingJob, QueueName } from './queues';

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  // Finished jobs are removed so that a republished id runs again; the database row decides idempotency.
  removeOnComplete: true,
  removeOnFail: true,
};

@Injectable()
export class JobPublisher {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue('commands') commands: Queue,
    @InjectQueue('timers') timers: Queue,
    @InjectQueue('mail') mail: Queue,
  ) {
    this.queues = { commands, timers, mail };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  async publish(jobs: readonly OutgoingJob[]): Promise<void> {
    const byQueue = new Map<QueueName, OutgoingJob[]>();
    for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    await Promise.all(
      [...byQueue].map(([name, list]) =>
        this.queues[name].addBulk(
          list.map((job) => ({
            name,
            data: job.data,
            opts: {
              ...DEFAULT_JOB_OPTIONS,
              jobId: job.jobId,
              delay: job.delayMs && job.delayMs > 0 ? job.delayMs : undefined,
            },
          })),
        ),
      ),
    );
  }
}
