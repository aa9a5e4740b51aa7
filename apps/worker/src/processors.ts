import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@gremium/platform';
import { CommandBatcher, NotificationMailer, TimerFirer } from '@gremium/workflow';

/**
 * The jobs a killed worker held go back to the queue within about 20 s instead of BullMQ's minute: its lock
 * lapses after 15 s and another worker looks for lapsed locks every 5 s. A job still running elsewhere that
 * is taken again anyway changes nothing: the database row decides.
 */
const RECOVERY = { lockDuration: 15_000, stalledInterval: 5_000 };

@Processor('commands', RECOVERY)
export class CommandsProcessor extends WorkerHost {
  constructor(private readonly batcher: CommandBatcher) {
    super();
  }

  process(job: Job<JobPayloads['commands']>): Promise<void> {
    return this.batcher.apply(job.data.commandId);
  }
}

@Processor('timers', RECOVERY)
export class TimersProcessor extends WorkerHost {
  constructor(private readonly firer: TimerFirer) {
    super();
  }

  process(job: Job<JobPayloads['timers']>): Promise<void> {
    return this.firer.fire(job.data.timerId);
  }
}

@Processor('mail', RECOVERY)
export class MailProcessor extends WorkerHost {
  constructor(private readonly mailer: NotificationMailer) {
    super();
  }

  process(job: Job<JobPayloads['mail']>): Promise<void> {
    return this.mailer.send(job.data.notificationId);
  }
}
