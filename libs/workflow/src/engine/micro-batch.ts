import { Logger } from '@nestjs/common';

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface MicroBatchOptions {
  /** Items in one call at most. */
  maxBatch: number;
  /** Calls in flight at once: one can wait on PostgreSQL while the next is computed. */
  maxRunning: number;
}

/**
 * Group commit (and grouped reads): the items submitted while calls are running go together into the
 * next call; nothing waits for a group to fill. `run` answers one result per item, in order. When a
 * group fails, its items are run one by one, so only an item that fails on its own is rejected.
 */
export class MicroBatch<T, R = void> {
  private readonly logger = new Logger(MicroBatch.name);
  private readonly pending: Pending<T, R>[] = [];
  private running = 0;

  constructor(
    private readonly name: string,
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly options: MicroBatchOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.options.maxRunning && this.pending.length > 0) {
      const group = this.pending.splice(0, this.options.maxBatch);
      this.running += 1;
      void this.settle(group).finally(() => {
        this.running -= 1;
        this.drain();
      });
    }
  }

  private async settle(group: Pending<T, R>[]): Promise<void> {
    try {
      const results = await this.run(group.map((pending) => pending.item));
      group.forEach((pending, index) => pending.resolve(results[index]));
      return;
    } catch (error) {
      if (group.length === 1) {
        group[0].reject(error);
        return;
      }
      this.logger.warn(
        `${this.name}: a group of ${group.length} failed, running them one by one: ${String(error)}`,
      );
    }
    for (const pending of group) {
      await this.run([pending.item]).then(([result]) => pending.resolve(result), pending.reject);
    }
  }
}
