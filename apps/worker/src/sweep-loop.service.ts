import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdentityPurge } from '@gremium/council';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { Sweeper, SWEEP_BATCH } from '@gremium/workflow';

/**
 * Runs the sweeper (and the identity purge) on every worker at TIMER_SWEEP_INTERVAL. A plain interval rather than a BullMQ job
 * scheduler, so that emptying Redis cannot stop it; the advisory lock lets one worker sweep at a time.
 */
@Injectable()
export class SweepLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepLoop.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweeper: Sweeper,
    private readonly identity: IdentityPurge,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.timerSweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * After downtime thousands of timers may be due: keep sweeping while timers or outbox rows come back full.
   * Republished commands and mails do not count: they change no row, and a backlog of queued commands
   * (still being applied) would keep the loop spinning for nothing.
   */
  private async sweepUntilCaughtUp(): Promise<void> {
    for (;;) {
      const result = await this.sweeper.sweep();
      if (Math.max(result.firedTimers, result.relayedOutbox) < SWEEP_BATCH) break;
    }
    // Housekeeping with the same rhythm: old login attempts and ended sessions are deleted.
    await this.identity.purge();
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sweepUntilCaughtUp()
      .catch((error: unknown) => this.logger.warn(`sweep failed, next try in one interval: ${String(error)}`))
      .finally(() => (this.running = null));
  }
}
