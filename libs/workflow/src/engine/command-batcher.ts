import { Injectable } from '@nestjs/common';
import { Incidents } from '../operations/incidents.service';
import { CommandApplier } from './command-applier';
import { MicroBatch } from './micro-batch';

/**
 * The worker's way to apply commands: the commands whose groups arrive while batches are running are
 * applied together, in one transaction, by the next batch.
 */
@Injectable()
export class CommandBatcher {
  private readonly batch: MicroBatch<string, undefined>;

  constructor(
    applier: CommandApplier,
    private readonly incidents: Incidents,
  ) {
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

  /**
   * Applies the commands of a BullMQ job; a failure is counted on its own row (incidents). Rejects if any
   * failed: a retry of the group finds the others decided.
   */
  applyGroup(commandIds: readonly string[]): Promise<void> {
    return this.settle(
      commandIds.map((id) => this.incidents.recording('command', id, () => this.batch.submit(id))),
    );
  }

  /**
   * Applies a group this process's intake handed over. A failure is not counted: the group then becomes a
   * job, whose attempts are the ones counted, so that an incident's attempts are BullMQ's.
   */
  tryGroup(commandIds: readonly string[]): Promise<void> {
    return this.settle(commandIds.map((id) => this.batch.submit(id)));
  }

  private async settle(applying: Promise<unknown>[]): Promise<void> {
    const failed = (await Promise.allSettled(applying)).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
