import { Injectable } from '@nestjs/common';
import { CommandApplier } from './command-applier';
import { MicroBatch } from './micro-batch';

/**
 * The worker's way to apply a command: the commands whose jobs arrive while batches are running are
 * applied together, in one transaction, by the next batch. A command that fails on its own fails its job,
 * and BullMQ retries it.
 */
@Injectable()
export class CommandBatcher {
  private readonly batch: MicroBatch<string, undefined>;

  constructor(applier: CommandApplier) {
    // 64 commands at most: a longer transaction would hold instance locks longer than it saves.
    this.batch = new MicroBatch(
      'apply',
      async (ids) => {
        await applier.applyMany(ids);
        return ids.map(() => undefined);
      },
      { maxBatch: 64, maxRunning: 2 },
    );
  }

  apply(commandId: string): Promise<void> {
    return this.batch.submit(commandId);
  }
}
