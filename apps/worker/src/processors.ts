import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@gremium/platform';
import { CommandBatcher, Incidents, NotificationMailer, TimerFirer } from '@gremium/workflow';

/**
 * The jobs a killed worker held go back to the queue within about 20 s instead of BullMQ's minute: its lock
 * lapses after 15 s and another worker looks for lapsed locks every 5 s. A job still running elsewhere that
 * is taken again anyway changes nothing: the database row decides.
 */
const RECOVERY = { lockDuration: 15_000, stalledInterval: 5_000 };

const logger = new Logger('Worker');

/** A job (or outbox row) written before a job named a group of commands. */
interface LegacyCommandJob {
  commandId: string;
}

/**
 * A worker reports a lost Redis connection as an 'error' event (BullMQ reconnects by itself); without a
 * listener Node would treat it as an unhandled error and end the process.
 */
const reportConnectionError = (queue: string, error: Error) =>
  logger.warn(`${queue}: ${error.message} (BullMQ reconnects)`);

@Processor('commands', RECOVERY)
export class CommandsProcessor extends WorkerHost {
  @OnWorkerEvent('error')
  onError(error: Error): void {
    reportConnectionError('commands', error);
  }

  constructor(private readonly batcher: CommandBatcher) {
    super();
  }

  /** A job names the commands stored together. It fails if any failed: its retry finds the others decided. */
  process(job: Job<JobPayloads['commands'] | LegacyCommandJob>): Promise<void> {
    return this.batcher.applyGroup('commandIds' in job.data ? job.data.commandIds : [job.data.commandId]);
  }
}

@Processor('timers', RECOVERY)
export class TimersProcessor extends WorkerHost {
  @OnWorkerEvent('error')
  onError(error: Error): void {
    reportConnectionError('timers', error);
  }

  constructor(
    private readonly firer: TimerFirer,
    private readonly incidents: Incidents,
  ) {
    super();
  }

  process(job: Job<JobPayloads['timers']>): Promise<void> {
    const { timerId } = job.data;
    return this.incidents.recording('timer', timerId, () => this.firer.fire(timerId));
  }
}

@Processor('mail', RECOVERY)
export class MailProcessor extends WorkerHost {
  @OnWorkerEvent('error')
  onError(error: Error): void {
    reportConnectionError('mail', error);
  }

  constructor(private readonly mailer: NotificationMailer) {
    super();
  }

  process(job: Job<JobPayloads['mail']>): Promise<void> {
    return this.mailer.send(job.data.notificationId);
  }
}
