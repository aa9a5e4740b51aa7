import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { CommandsProcessor, TimersProcessor } from './processors';

/**
 * Commands of different processes apply in parallel; those of one process serialise on its row lock.
 * Timer jobs only turn a due timer into a command, so they can run as wide.
 */
@Injectable()
export class WorkerConcurrency implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandsProcessor,
    private readonly timers: TimersProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.commands.worker.concurrency = this.config.workerConcurrency;
    this.timers.worker.concurrency = this.config.workerConcurrency;
  }
}
