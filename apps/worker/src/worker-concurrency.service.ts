import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { CommandsProcessor } from './processors';

/** Commands of different processes apply in parallel; those of one process serialise on its row lock. */
@Injectable()
export class WorkerConcurrency implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandsProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.commands.worker.concurrency = this.config.workerConcurrency;
  }
}
