import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { COMMAND_DECIDED_CHANNEL } from '../engine/command-applier';

/**
 * Lets the API answer as soon as a worker has decided a command: the worker's transaction sends a
 * PostgreSQL NOTIFY, which arrives only after its commit, whichever process the worker runs in.
 */
@Injectable()
export class CommandWaiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CommandWaiter.name);
  private readonly waiting = new Map<string, Set<() => void>>();
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

  /** Resolves when the command is decided or the time is up; the caller then reads the row. */
  wait(commandId: string, timeoutMs: number, decided: () => Promise<boolean>): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.get(commandId)?.delete(done);
        if (this.waiting.get(commandId)?.size === 0) this.waiting.delete(commandId);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiting.set(commandId, (this.waiting.get(commandId) ?? new Set()).add(done));
      // The decision may have been committed before we started listening for it.
      decided().then((yes) => yes && done(), done);
    });
  }

  private reconnect(): void {
    if (this.closed) return;
    setTimeout(() => void this.connect().catch(() => this.reconnect()), 1000);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (message) => {
      for (const done of [...(this.waiting.get(message.payload ?? '') ?? [])]) done();
    });
    client.on('error', (error) => {
      // A dead client can report more than once: only the current one triggers a single reconnect.
      if (this.client !== client) return;
      this.logger.warn(`LISTEN connection lost: ${error.message}`);
      this.client = null;
      void client.end().catch(() => undefined);
      this.reconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${COMMAND_DECIDED_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }
}
