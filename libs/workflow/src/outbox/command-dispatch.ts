import { Injectable, Logger } from '@nestjs/common';
import { commandGroupJob, EffectBatch } from './effect-batch';
import { OutboxPublisher } from './outbox-publisher.service';

/** Applies a group of stored commands; rejects if any of them failed. */
export type CommandGroupRunner = (commandIds: readonly string[]) => Promise<void>;

/**
 * Where the intake sends a group of commands it has just stored. Where this process runs a worker (the
 * embedded one) with room, the group goes to it directly; otherwise, and for everything the local worker
 * could not apply, it becomes one BullMQ job named after its first command.
 *
 * The command rows stay the only truth: a group in local hands when the process dies is still `queued`, and
 * the sweeper republishes it, as it does a job lost with Redis. A local group thus costs no Redis round trip
 * (a job costs about five: add, wake-up, two fetches, finish) and does not wait for the worker's fetch loop.
 */
@Injectable()
export class CommandDispatch {
  private readonly logger = new Logger(CommandDispatch.name);
  private local: { run: CommandGroupRunner; capacity: number } | null = null;
  private inFlight = 0;
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly outbox: OutboxPublisher) {}

  /** The embedded worker takes groups from now on, up to `capacity` commands at once. */
  attach(run: CommandGroupRunner, capacity: number): void {
    this.local = { run, capacity };
  }

  /** Takes no more groups locally, and resolves once those already taken are applied (or handed on). */
  async detach(): Promise<void> {
    this.local = null;
    await Promise.all([...this.running]);
  }

  /** Never throws: a group that cannot go anywhere now stays queued for the sweeper. */
  async send(commandIds: readonly string[]): Promise<void> {
    const local = this.local;
    if (local && this.inFlight + commandIds.length <= local.capacity) {
      this.runLocally(local.run, commandIds);
      return;
    }
    await this.publish(commandIds);
  }

  private runLocally(run: CommandGroupRunner, commandIds: readonly string[]): void {
    this.inFlight += commandIds.length;
    const done = run(commandIds)
      .catch((error: unknown) => {
        // BullMQ's retries, with their back-off, take it from here; the rows say what is still to do.
        this.logger.warn(
          `applying ${commandIds.length} command(s) failed, queued as a job: ${String(error)}`,
        );
        return this.publish(commandIds);
      })
      .finally(() => {
        this.inFlight -= commandIds.length;
        this.running.delete(done);
      });
    this.running.add(done);
  }

  private publish(commandIds: readonly string[]): Promise<void> {
    const batch = new EffectBatch();
    batch.jobs.push(commandGroupJob(commandIds));
    return this.outbox.flush(batch);
  }
}
