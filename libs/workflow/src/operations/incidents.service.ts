import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../clock/clock.service';
import { Command } from '../entities/command.entity';
import { Timer } from '../entities/timer.entity';
import { NotFoundError } from '../errors/workflow.error';
import { EffectBatch } from '../outbox/effect-batch';
import { OutboxPublisher } from '../outbox/outbox-publisher.service';

/** From this many failed attempts a command or timer is an incident the operator sees. */
export const INCIDENT_AFTER_ATTEMPTS = 3;

export type IncidentKind = 'command' | 'timer';

export interface Incident {
  id: string;
  kind: IncidentKind;
  processId: string | null;
  type: string;
  attempts: number;
  lastError: string | null;
  lastFailedAt: Date | null;
  createdAt: Date;
}

export interface IncidentPage {
  items: Incident[];
  total: number;
}

const MAX_ERROR_LENGTH = 2_000;

/**
 * Commands and timer firings that failed for infrastructure reasons (database, Redis, a broken effect)
 * rather than being refused: each failure is counted on its row; from INCIDENT_AFTER_ATTEMPTS it is listed
 * for the operator, who can retry it at once.
 */
@Injectable()
export class Incidents {
  private readonly logger = new Logger(Incidents.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Runs `work` (a job) and counts a failure on the command or timer row before passing it on. */
  async recording(kind: IncidentKind, id: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      await this.recordFailure(kind, id, error);
      throw error;
    }
  }

  async list(offset: number, limit: number, kind?: IncidentKind): Promise<IncidentPage> {
    const em = this.em.fork();
    const failing = { attempts: { $gte: INCIDENT_AFTER_ATTEMPTS } };
    // The newest failures of each kind, enough of them for the page; merged and cut below.
    const options = { orderBy: { lastFailedAt: 'desc', id: 'asc' }, limit: offset + limit } as const;
    const commands =
      kind === 'timer' ? [] : await em.find(Command, { ...failing, status: 'queued' }, options);
    const timers = kind === 'command' ? [] : await em.find(Timer, { ...failing, status: 'pending' }, options);
    const [commandCount, timerCount] = await Promise.all([
      kind === 'timer' ? 0 : em.count(Command, { ...failing, status: 'queued' }),
      kind === 'command' ? 0 : em.count(Timer, { ...failing, status: 'pending' }),
    ]);
    const all = [...commands.map(fromCommand), ...timers.map(fromTimer)].sort(
      (a, b) =>
        (b.lastFailedAt?.getTime() ?? 0) - (a.lastFailedAt?.getTime() ?? 0) || a.id.localeCompare(b.id),
    );
    return { items: all.slice(offset, offset + limit), total: commandCount + timerCount };
  }

  /** Tries an incident again now (a fresh job; the row decides whether it still has to happen). */
  async retry(id: string): Promise<Incident> {
    const batch = new EffectBatch();
    const incident = await this.em.fork().transactional(async (em) => {
      const failing = { id, attempts: { $gte: INCIDENT_AFTER_ATTEMPTS } };
      const retryId = `${id}-retry-${this.clock.now().getTime()}`;
      const command = await em.findOne(Command, { ...failing, status: 'queued' });
      if (command) {
        command.attempts = 0;
        batch.jobs.push({ queue: 'commands', jobId: retryId, data: { commandIds: [id] } });
        return fromCommand(command);
      }
      const timer = await em.findOne(Timer, { ...failing, status: 'pending' });
      if (!timer) throw new NotFoundError('incident', id);
      timer.attempts = 0;
      batch.jobs.push({ queue: 'timers', jobId: retryId, data: { timerId: id } });
      return fromTimer(timer);
    });
    await this.outbox.flush(batch);
    return incident;
  }

  private async recordFailure(kind: IncidentKind, id: string, error: unknown): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    const table = kind === 'command' ? 'command' : 'timer';
    try {
      await this.em
        .fork()
        .execute(
          `update "${table}" set "attempts" = "attempts" + 1, "last_error" = ?, "last_failed_at" = ? where "id" = ?`,
          [message, this.clock.now(), id],
        );
    } catch (recordError) {
      // PostgreSQL itself may be what failed: the job is retried anyway, the count is only for the operator.
      this.logger.warn(`could not count the failure of ${kind} ${id}: ${String(recordError)}`);
    }
  }
}

function fromCommand(command: Command): Incident {
  return {
    id: command.id,
    kind: 'command',
    processId: command.processId,
    type: command.type,
    attempts: command.attempts,
    lastError: command.lastError,
    lastFailedAt: command.lastFailedAt,
    createdAt: command.createdAt,
  };
}

function fromTimer(timer: Timer): Incident {
  return {
    id: timer.id,
    kind: 'timer',
    processId: timer.processId,
    type: String(timer.event.type),
    attempts: timer.attempts,
    lastError: timer.lastError,
    lastFailedAt: timer.lastFailedAt,
    createdAt: timer.createdAt,
  };
}
