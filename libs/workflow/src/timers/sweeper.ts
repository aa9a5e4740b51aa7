import { Injectable, Logger } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isQueueName, type OutgoingJob } from '@gremium/platform';
import { Clock } from '../clock/clock.service';
import { Command } from '../entities/command.entity';
import { Notification } from '../entities/notification.entity';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { Timer } from '../entities/timer.entity';
import { commandGroupJob, EffectBatch } from '../outbox/effect-batch';
import { fireDueProcessTimers } from '../rows/timer-rows';
import { OutboxPublisher } from '../outbox/outbox-publisher.service';
import { Scheduler } from './scheduler';
import { TimerFirer } from './timer-firer';

const SWEEP_LOCK = 0x67726d; // any constant shared by every worker
/** Rows per sweep and kind; a full batch means there may be more (the loop sweeps again at once). */
export const SWEEP_BATCH = 500;
/** How long the fast path gets before the sweeper republishes a command or an outbox row. */
export const REPUBLISH_AFTER_MS = 5_000;

export interface SweepResult {
  ran: boolean;
  firedTimers: number;
  republishedCommands: number;
  relayedOutbox: number;
  remailed: number;
}

/**
 * The safety net that makes Redis disposable: plans the schedules' next occurrences, fires due timers,
 * republishes commands still queued and outbox rows not yet published. One worker at a time, under a PostgreSQL advisory lock.
 */
@Injectable()
export class Sweeper {
  private readonly logger = new Logger(Sweeper.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly firer: TimerFirer,
    private readonly outbox: OutboxPublisher,
    private readonly scheduler: Scheduler,
  ) {}

  async sweep(): Promise<SweepResult> {
    const batch = new EffectBatch();
    const result: SweepResult = {
      ran: false,
      firedTimers: 0,
      republishedCommands: 0,
      relayedOutbox: 0,
      remailed: 0,
    };
    await this.em.fork().transactional(async (em) => {
      const [lock] = await em.execute<{ locked: boolean }[]>(
        'select pg_try_advisory_xact_lock(?) as locked',
        [SWEEP_LOCK],
      );
      if (!lock?.locked) return;
      result.ran = true;
      await this.clock.refresh(em);
      const now = this.clock.now();
      await this.scheduler.plan(em, now);
      const fired = await fireDueProcessTimers(em, now, SWEEP_BATCH);
      if (fired.outbox) {
        batch.jobs.push(fired.outbox.job);
        batch.outboxIds.push(fired.outbox.id);
      }
      // A schedule's timer starts a process: the scheduler decides that, one timer at a time.
      const dueSchedules = await em.find(
        Timer,
        { status: 'pending', processId: null, dueAt: { $lte: now } },
        {
          orderBy: { dueAt: 'asc' },
          limit: SWEEP_BATCH,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      for (const timer of dueSchedules) await this.firer.fireLocked(em, batch, timer, now);
      result.firedTimers = fired.count + dueSchedules.length;

      const staleBefore = new Date(now.getTime() - REPUBLISH_AFTER_MS);
      const queued = await em.find(
        Command,
        { status: 'queued', createdAt: { $lt: staleBefore } },
        {
          fields: ['id'],
          // A group's commands share their creation time; the least id is the one a fired group is named after.
          orderBy: { createdAt: 'asc', id: 'asc' },
          limit: SWEEP_BATCH,
        },
      );
      // One job for all of them, named after the oldest: while that command's own job is still in Redis
      // (a backlog being applied, not a lost job) the republish is that job and adds nothing.
      if (queued.length > 0) batch.jobs.push(commandGroupJob(queued.map(({ id }) => id)));
      result.republishedCommands = queued.length;

      const unpublished = await em.find(
        OutboxMessage,
        { publishedAt: null, createdAt: { $lt: staleBefore } },
        {
          orderBy: { createdAt: 'asc' },
          limit: SWEEP_BATCH,
        },
      );
      for (const message of unpublished) {
        if (isQueueName(message.queue))
          batch.jobs.push({ queue: message.queue, jobId: message.jobId, data: message.data } as OutgoingJob);
        batch.outboxIds.push(message.id);
      }
      result.relayedOutbox = unpublished.length;

      // A mail job lost with Redis after its outbox row was marked sent: the notification says it is unsent.
      const unsent = await em.find(
        Notification,
        { email: { $ne: null }, mailedAt: null, createdAt: { $lt: staleBefore } },
        { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: SWEEP_BATCH },
      );
      for (const { id } of unsent)
        batch.jobs.push({ queue: 'mail', jobId: id, data: { notificationId: id } });
      result.remailed = unsent.length;
    });
    await this.outbox.flush(batch);
    if (result.firedTimers + result.republishedCommands + result.relayedOutbox + result.remailed > 0) {
      this.logger.log(
        `sweep: ${result.firedTimers} timer(s) fired, ${result.republishedCommands} command(s) and ${result.relayedOutbox} outbox row(s) republished, ${result.remailed} e-mail(s) retried`,
      );
    }
    return result;
  }
}
