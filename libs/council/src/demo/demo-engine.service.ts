import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Clock,
  Command,
  CommandApplier,
  CommandIntake,
  ProcessInstance,
  ProcessQueries,
  Sweeper,
  SYSTEM_ENGINE,
  Timer,
} from '@gremium/workflow';
import { berlinDateOf } from '../terms/calendar-date';

export type UserRef = { type: 'user'; userId: string };

/** The worker applies a command within milliseconds; after this, the seed applies it itself. */
const NUDGE_AFTER_MS = 3_000;
const GIVE_UP_AFTER_MS = 30_000;
const POLL_MS = 50;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts processes and sends commands exactly as the API does (ProcessQueries.start, CommandIntake.submit,
 * applied by the worker), keyed by idempotency keys so that a second run starts and sends nothing.
 */
@Injectable()
export class DemoEngine {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly processes: ProcessQueries,
    private readonly intake: CommandIntake,
    private readonly applier: CommandApplier,
    private readonly sweeper: Sweeper,
  ) {}

  async today(): Promise<string> {
    await this.clock.refresh(this.em.fork());
    return berlinDateOf(this.clock.now());
  }

  /** POST /api/processes with an idempotency key (stored as the instance's startKey). */
  async start(
    actor: UserRef | typeof SYSTEM_ENGINE,
    definitionKey: string,
    startKey: string,
    input: Record<string, unknown>,
  ): Promise<{ instance: ProcessInstance; created: boolean }> {
    const existing = await this.em.fork().findOne(ProcessInstance, { definitionKey, startKey });
    if (existing) return { instance: existing, created: false };
    const instance = await this.processes.start({ definitionKey, input, actor, idempotencyKey: startKey });
    return { instance, created: true };
  }

  async get(processId: string): Promise<ProcessInstance> {
    return this.processes.get(processId);
  }

  /**
   * POST /api/processes/:id/commands with an idempotency key, waiting until it is applied. Sends nothing
   * when the key was used before, or when the process no longer offers the command (decided otherwise).
   */
  async send(
    actor: UserRef,
    processId: string,
    type: string,
    payload: Record<string, unknown>,
    idempotencyKey: string,
  ): Promise<boolean> {
    const previous = await this.em.fork().findOne(Command, { processId, idempotencyKey });
    if (previous) {
      await this.applied(previous.id);
      return false;
    }
    const view = await this.processes.withCommands(await this.processes.get(processId), actor);
    if (!view.availableCommands.some((command) => command.type === type)) return false;
    const command = await this.intake.submit({ processId, type, payload, idempotencyKey, actor });
    await this.applied(command.id);
    return true;
  }

  /**
   * Waits until no command is queued and no timer is due (e.g. the term alert that a recorded appointment
   * sets due at once), so that everything the seed caused has happened before it exits.
   */
  async settle(): Promise<void> {
    const started = Date.now();
    let lastNudge = Date.now();
    for (;;) {
      const em = this.em.fork();
      await this.clock.refresh(em);
      const [queued, due] = await Promise.all([
        em.find(Command, { status: 'queued' }, { fields: ['id'] }),
        em.count(Timer, { status: 'pending', dueAt: { $lte: this.clock.now() } }),
      ]);
      if (queued.length === 0 && due === 0) return;
      if (Date.now() - started > GIVE_UP_AFTER_MS) {
        throw new Error(
          `${queued.length} command(s) still queued and ${due} timer(s) due after ${GIVE_UP_AFTER_MS} ms`,
        );
      }
      if (Date.now() - lastNudge > NUDGE_AFTER_MS) {
        // What the worker's sweep loop would do on its next interval, and what a worker would apply.
        await this.sweeper.sweep();
        for (const { id } of queued) await this.applier.apply(id);
        lastNudge = Date.now();
      }
      await pause(POLL_MS);
    }
  }

  private async applied(commandId: string): Promise<void> {
    const started = Date.now();
    let nudged = false;
    for (;;) {
      const command = await this.em.fork().findOneOrFail(Command, commandId);
      if (command.status === 'applied') return;
      if (command.status === 'rejected') {
        throw new Error(`${command.type} on process ${command.processId} was refused: ${command.reason}`);
      }
      const waited = Date.now() - started;
      if (waited > GIVE_UP_AFTER_MS) throw new Error(`command ${commandId} still queued after ${waited} ms`);
      if (!nudged && waited > NUDGE_AFTER_MS) {
        await this.applier.apply(commandId);
        nudged = true;
        continue;
      }
      await pause(POLL_MS);
    }
  }
}
