import { Module, type Type } from '@nestjs/common';
import { IdentityPurge } from '@gremium/council';
import type { QueueName } from '@gremium/platform';
import { LocalCommands } from './local-commands.service';
import { MeetingAdoption } from './meeting-adoption.service';
import { CommandsProcessor, MailProcessor, TimersProcessor } from './processors';
import { SweepLoop } from './sweep-loop.service';
import { WorkerConcurrency } from './worker-concurrency.service';

/** One processor per queue: a queue without a handler does not compile. */
const PROCESSORS: Record<QueueName, Type> = {
  commands: CommandsProcessor,
  timers: TimersProcessor,
  mail: MailProcessor,
};

@Module({
  providers: [
    ...Object.values(PROCESSORS),
    SweepLoop,
    WorkerConcurrency,
    LocalCommands,
    IdentityPurge,
    MeetingAdoption,
  ],
})
export class WorkerModule {}
