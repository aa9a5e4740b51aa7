import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_TIMER } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import type { AnyProcessDefinition } from '../definition/process-definition';
import { latestOccurrence, nextOccurrence, parseRule, type Occurrence } from '../definition/schedule';
import { START_COMMAND, startedProcessId, type StartPayload } from '../engine/engine-commands';
import { Command } from '../entities/command.entity';
import { Timer } from '../entities/timer.entity';
import type { EffectBatch } from '../outbox/effect-batch';

type Scheduled = AnyProcessDefinition & { schedule: NonNullable<AnyProcessDefinition['schedule']> };

const isScheduled = (definition: AnyProcessDefinition): definition is Scheduled =>
  definition.schedule !== undefined;

/**
 * Runs the definitions' schedules on timer rows (so they survive downtime and an emptied Redis): keeps one
 * pending timer per schedule, for its next occurrence under the rule in force, and turns a due one into a
 * start command keyed by schedule and occurrence, so each occurrence starts one process at most.
 */
@Injectable()
export class Scheduler {
  private readonly logger = new Logger(Scheduler.name);

  constructor(private readonly registry: DefinitionRegistry) {}

  /** Plans what is missing: a schedule without a pending timer, or whose rule changed before it fell due. */
  async plan(em: EntityManager, now: Date): Promise<void> {
    for (const definition of this.registry.all().filter(isScheduled)) {
      const rule = await this.ruleOf(em, definition);
      const pending = await em.find(Timer, { schedule: definition.key, status: 'pending' });
      // A due timer fires under the rule it was planned with; a rule change re-plans only what is ahead.
      if (pending.some((timer) => timer.event.rule === rule || timer.dueAt <= now)) continue;
      for (const timer of pending) timer.status = 'voided';
      if (pending.length > 0) await em.flush();
      this.planNext(em, definition, rule, now);
    }
  }

  /**
   * Fires a due schedule timer the caller has locked: starts the process for the latest occurrence up to
   * now (after downtime the missed ones before it are not made up) and plans the next occurrence.
   */
  async fire(em: EntityManager, batch: EffectBatch, timer: Timer, now: Date): Promise<void> {
    timer.status = 'fired';
    timer.firedAt = now;
    const definition =
      timer.schedule && this.registry.has(timer.schedule) ? this.registry.latest(timer.schedule) : null;
    if (!definition || !isScheduled(definition)) return;
    const rule = String(timer.event.rule);
    const occurrence = latestOccurrence(rule, definition.schedule.tz, now);
    if (occurrence) timer.commandId = await this.startFor(em, batch, definition, occurrence, now);
    this.planNext(em, definition, await this.ruleOf(em, definition), now);
  }

  private async startFor(
    em: EntityManager,
    batch: EffectBatch,
    definition: Scheduled,
    occurrence: Occurrence,
    now: Date,
  ): Promise<string> {
    const idempotencyKey = `schedule:${occurrenceKey(definition.key, occurrence)}`;
    const processId = startedProcessId(definition.key, idempotencyKey);
    const existing = await em.findOne(Command, { processId, idempotencyKey });
    if (existing) return existing.id;
    const payload: StartPayload = {
      definition: definition.key,
      input: definition.schedule.input(occurrence),
    };
    const id = randomUUID();
    em.create(Command, {
      id,
      processId,
      type: START_COMMAND,
      payload,
      idempotencyKey,
      actor: SYSTEM_TIMER,
      source: 'timer',
      status: 'queued',
      code: null,
      reason: null,
      createdAt: now,
      decidedAt: null,
    });
    batch.command(em, id, now);
    return id;
  }

  private planNext(em: EntityManager, definition: Scheduled, rule: string, now: Date): void {
    const next = nextOccurrence(rule, definition.schedule.tz, now);
    if (!next) return;
    em.create(Timer, {
      id: randomUUID(),
      processId: null,
      schedule: definition.key,
      actionId: `schedule:${occurrenceKey(definition.key, next)}`,
      processVersion: 0,
      event: { type: 'schedule', rule, occurrence: next.at.toISOString() },
      dueAt: next.at,
      status: 'pending',
      commandId: null,
      firedAt: null,
      createdAt: now,
    });
  }

  /** The rule the data sets now; the declared one when the data sets none or an invalid one. */
  private async ruleOf(em: EntityManager, definition: Scheduled): Promise<string> {
    const override = await definition.schedule.rruleFrom?.(em);
    if (!override) return definition.schedule.rrule;
    try {
      parseRule(override);
      return override;
    } catch (error) {
      this.logger.warn(`${definition.key}: ${String(error)}; the declared rule applies`);
      return definition.schedule.rrule;
    }
  }
}

function occurrenceKey(definitionKey: string, occurrence: Occurrence): string {
  return `${definitionKey}:${occurrence.date}T${occurrence.time}`;
}
