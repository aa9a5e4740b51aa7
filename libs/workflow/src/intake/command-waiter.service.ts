import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { COMMAND_DECIDED_CHANNEL } from '../engine/command-applier';
import { parseDecision, type Decision } from '../engine/decision';

type Listener = (decision: Decision | null) => void;

/** Hears another channel on the waiter's connection (see `CommandWaiter.listen`). */
export interface ChannelListener {
  notified(payload: string): void;
  /** The connection is (again) listening, or lost: what was heard before may be incomplete. */
  reset(listening: boolean): void;
}

export interface Expectation {
  /** The decision, or null when the time is up or the message carried none: then read the row. */
  readonly decision: Promise<Decision | null>;
  cancel(): void;
}

/**
 * Lets the API answer as soon as a worker has decided a command: the worker's transaction sends a
 * PostgreSQL NOTIFY, which arrives only after its commit, whichever process the worker runs in.
 */
@Injectable()
export class CommandWaiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CommandWaiter.name);
  private readonly waiting = new Map<string, Set<Listener>>();
  private readonly channels = new Map<string, ChannelListener>();
  private client: Client | null = null;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  /** Starts listening for a command's decision; start before the command can be decided. */
  expect(commandId: string, timeoutMs: number): Expectation {
    let settle: Listener = () => undefined;
    const decision = new Promise<Decision | null>((resolve) => {
      const done: Listener = (value) => {
        clearTimeout(timer);
        const listeners = this.waiting.get(commandId);
        listeners?.delete(done);
        if (listeners?.size === 0) this.waiting.delete(commandId);
        resolve(value);
      };
      const timer = setTimeout(() => done(null), timeoutMs);
      this.waiting.set(commandId, (this.waiting.get(commandId) ?? new Set()).add(done));
      settle = done;
    });
    return { decision, cancel: () => settle(null) };
  }

  /**
   * Another channel on the same connection, so that what a transaction notifies on it is heard before the
   * decision it notifies last (in one transaction PostgreSQL delivers in the order sent), and so before the
   * API answers the command. Register before the module starts.
   */
  listen(channel: string, listener: ChannelListener): void {
    this.channels.set(channel, listener);
  }

  private reconnect(): void {
    if (this.closed) return;
    setTimeout(() => void this.connect().catch(() => this.reconnect()), 1000);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (message) => {
      const other = this.channels.get(message.channel);
      if (other) return other.notified(message.payload ?? '');
      const { id, decision } = parseDecision(message.payload ?? '');
      for (const done of [...(this.waiting.get(id) ?? [])]) done(decision);
    });
    client.on('error', (error) => {
      // A dead client can report more than once: only the current one triggers a single reconnect.
      if (this.client !== client) return;
      this.logger.warn(`LISTEN connection lost: ${error.message}`);
      this.client = null;
      for (const listener of this.channels.values()) listener.reset(false);
      void client.end().catch(() => undefined);
      this.reconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${COMMAND_DECIDED_CHANNEL}`);
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    for (const listener of this.channels.values()) listener.reset(true);
  }
}
