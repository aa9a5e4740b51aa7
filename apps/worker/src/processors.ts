import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@gremium/platform';
import { CommandBatcher, NotificationMailer, TimerFirer } from '@gremium/workflow';

@Processor('commands')
export class CommandsProcessor extends WorkerHost {
  constructor(private readonly batcher: CommandBatcher) {
    super();
  }

  process(job: Job<JobPayloads['commands']>): Promise<void> {
    return this.batcher.apply(job.data.commandId);
  }
}

@Processor('timers')
export class TimersProcessor extends WorkerHost {
  constructor(private readonly firer: TimerFirer) {
    super();
  }

  process(job: Job<JobPayloads['timers']>): Promise<void> {
    return this.firer.fire(job.data.timerId);
  }
}

@Processor('mail')
export class MailProcessor extends WorkerHost {
  constructor(private readonly mailer: NotificationMailer) {
    super();
  }

  process(job: Job<JobPayloads['mail']>): Promise<void> {
    return this.mailer.send(job.data.notificationId);
  }
}
