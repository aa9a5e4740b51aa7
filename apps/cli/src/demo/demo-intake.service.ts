import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Clock,
  Command,
  CommandIntake,
  ProcessInstance,
  ProcessQueries,
  Timer,
  type ActorRef,
} from '@gremium/workflow';
import { berlinDateOf } from '@gremium/council';

/** The signed-in coordination office, as the API passes it to the engine. */
export type UserRef = ActorRef & { type: 'user' };

/** The worker applies a command within milliseconds; after this the seed gives up. */
const GIVE_UP_AFTER_MS = 30_000;
const POLL_MS = 50;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The engine as a user reaches it: processes start and commands arrive through the same intake as
 * `POST /api/processes` and `POST /api/processes/:id/commands` (validated, checked against the sender's
 * rights, stored, applied by the worker), each with an idempotency key, so that a second run sends nothing
 * new. What it reads is what `GET /api/processes/…` and `GET /api/commands/:id` show.
 */
@Injectable()
export class DemoIntake {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly processes: ProcessQueries,
    private readonly intake: CommandIntake,
  ) {}

  async today(): Promise<string> {
    await this.clock.refresh(this.em.fork());
    return berlinDateOf(this.clock.now());
  }

  /**
   * POST /api/processes {definition, input, idempotencyKey}, then GET /api/commands/:id until the worker
   * has started it; nothing when the key started one already.
   */
  async start(
    actor: UserRef,
    definitionKey: string,
    idempotencyKey: string,
    input: Record<string, unknown>,
  ): Promise<{ instance: ProcessInstance; created: boolean }> {
    const existing = await this.em
      .fork()
      .findOne(ProcessInstance, { definitionKey, startKey: idempotencyKey });
    if (existing) return { instance: existing, created: false };
    const command = await this.intake.start({ definitionKey, input, actor, idempotencyKey });
    await this.applied(command);
    return { instance: await this.processes.get(command.processId), created: true };
  }

  /** GET /api/processes/:id */
  async get(processId: string): Promise<ProcessInstance> {
    return this.processes.get(processId);
  }

  /**
   * POST /api/processes/:id/commands with an idempotency key, then GET /api/commands/:id until the worker
   * has applied it. A key sent before is answered with its earlier command (nothing new is stored); a
   * command the process no longer offers (decided otherwise, e.g. in the dashboard) is not sent.
   * True when this call stored the command.
   */
  async send(
    actor: UserRef,
    processId: string,
    type: string,
    payload: Record<string, unknown>,
    idempotencyKey: string,
  ): Promise<boolean> {
    const sentBefore = (await this.em.fork().count(Command, { processId, idempotencyKey })) > 0;
    if (!sentBefore) {
      const view = await this.processes.withCommands(await this.processes.get(processId), actor);
      if (!view.availableCommands.some((command) => command.type === type)) return false;
    }
    const command = await this.intake.submit({ processId, type, payload, idempotencyKey, actor });
    await this.applied(command);
    return !sentBefore;
  }

  /**
   * Waits until no command is queued and no timer is due (e.g. the term alert that a recorded appointment
   * sets due at once, which the seed's worker fires on its next sweep), so that everything the seed caused
   * has happened before it exits.
   */
  async settle(): Promise<void> {
    const started = Date.now();
    for (;;) {
      const em = this.em.fork();
      await this.clock.refresh(em);
      const [queued, due] = await Promise.all([
        em.count(Command, { status: 'queued' }),
        em.count(Timer, { status: 'pending', dueAt: { $lte: this.clock.now() } }),
      ]);
      if (queued === 0 && due === 0) return;
      if (Date.now() - started > GIVE_UP_AFTER_MS) {
        throw new Error(
          `${queued} command(s) still queued and ${due} timer(s) due after ${GIVE_UP_AFTER_MS} ms`,
        );
      }
      await pause(POLL_MS);
    }
  }

  private async applied(submitted: Command): Promise<void> {
    const started = Date.now();
    for (let command = submitted; ; command = await this.intake.find(command.id)) {
      if (command.status === 'applied') return;
      if (command.status === 'rejected') {
        throw new Error(`${command.type} on process ${command.processId} was refused: ${command.reason}`);
      }
      const waited = Date.now() - started;
      if (waited > GIVE_UP_AFTER_MS) throw new Error(`command ${command.id} still queued after ${waited} ms`);
      await pause(POLL_MS);
    }
  }
}
