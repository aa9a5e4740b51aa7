import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { CommandBatcher, CommandDispatch } from '@gremium/workflow';

/** Commands in local hands at most: as many as the worker's BullMQ slots hold in full batches. */
const COMMANDS_PER_SLOT = 64;

/**
 * The worker embedded in the API takes the groups its own intake stores directly, without a round trip
 * through Redis; on shutdown it applies what it took before the database connection closes.
 */
@Injectable()
export class LocalCommands implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatch: CommandDispatch,
    private readonly batcher: CommandBatcher,
  ) {}

  onApplicationBootstrap(): void {
    this.dispatch.attach(
      (ids) => this.batcher.tryGroup(ids),
      this.config.workerConcurrency * COMMANDS_PER_SLOT,
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.dispatch.detach();
  }
}
