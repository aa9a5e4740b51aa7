import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_TIMER } from '../definition/actor';
import { Clock } from '../clock/clock.service';
import { Command } from '../entities/command.entity';
import { Timer } from '../entities/timer.entity';
import { EffectBatch } from '../outbox/effect-batch';
import { OutboxPublisher } from '../outbox/outbox-publisher.service';
import { Scheduler } from './scheduler';

/** Turns a due timer into a command on the one command path; the timer id makes it happen once. */
@Injectable()
export class TimerFirer {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: OutboxPublisher,
    private readonly scheduler: Scheduler,
  ) {}

  /** Fires the timer if it is pending and due; a timer job that arrives early leaves it to the sweeper. */
  async fire(timerId: string): Promise<void> {
    const batch = new EffectBatch();
    await this.em.fork().transactional(async (em) => {
      await this.clock.refresh(em);
      const now = this.clock.now();
      const timer = await em.findOne(
        Timer,
        { id: timerId, status: 'pending', dueAt: { $lte: now } },
        {
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      if (timer) await this.fireLocked(em, batch, timer, now);
    });
    await this.outbox.flush(batch);
  }

  /** For a timer the caller has locked. */
  async fireLocked(em: EntityManager, batch: EffectBatch, timer: Timer, now: Date): Promise<void> {
    if (timer.processId === null) return this.scheduler.fire(em, batch, timer, now);
    const commandId = randomUUID();
    em.create(Command, {
      id: commandId,
      processId: timer.processId,
      type: String(timer.event.type),
      payload: {},
      idempotencyKey: `timer:${timer.id}`,
      actor: SYSTEM_TIMER,
      source: 'timer',
      status: 'queued',
      code: null,
      reason: null,
      createdAt: now,
      decidedAt: null,
    });
    timer.status = 'fired';
    timer.firedAt = now;
    timer.commandId = commandId;
    batch.command(em, commandId, now);
  }
}
