import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AuthService } from '@gremium/council';
import { loadConfig, type AppConfig } from '@gremium/platform';
import {
  createTestDatabase,
  redisUrlForWorker,
  reminderDefinition,
  uniqueSuffix,
  type TestDatabase,
} from '@gremium/testing';
import { CommandApplier, type AnyProcessDefinition } from '@gremium/workflow';
import { createApi } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/worker-app';
import { HttpClient } from './http-client';

export const ADMIN = { email: 'ks@praeventionsrat.test', password: 'Koordination-2026!' };
const EXTRA = [reminderDefinition as AnyProcessDefinition];

export interface TestAppOptions {
  worker?: 'embedded' | 'off';
  sweepInterval?: string;
  env?: Record<string, string>;
  /** Definitions for this test only, beside the council's and the reminder. */
  definitions?: readonly AnyProcessDefinition[];
  /** The council's definitions of an earlier release (all of today's by default). */
  councilDefinitions?: readonly AnyProcessDefinition[];
  /** Runs on this database (e.g. one an earlier release used) and leaves it to its owner on close. */
  database?: TestDatabase;
  /** A fixed port (e.g. one an identity provider redirects to); a free one otherwise. */
  port?: number;
}

/**
 * The real API (and, unless told otherwise, the embedded worker) on a fresh database cloned from the
 * migrated template, on this machine's PostgreSQL and Redis, listening on a free port.
 */
export class TestApp {
  private workers: INestApplicationContext[] = [];
  private sqlClients: Client[] = [];

  private constructor(
    readonly db: TestDatabase,
    readonly config: AppConfig,
    readonly api: NestExpressApplication,
    readonly http: HttpClient,
    private readonly core: {
      extraDefinitions: AnyProcessDefinition[];
      councilDefinitions?: readonly AnyProcessDefinition[];
    },
    private readonly ownsDatabase: boolean,
  ) {}

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const db = options.database ?? (await createTestDatabase());
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: redisUrlForWorker(),
      QUEUE_PREFIX: `t${uniqueSuffix()}`,
      WORKER: options.worker ?? 'embedded',
      TIMER_SWEEP_INTERVAL: options.sweepInterval ?? 'PT1H',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SMTP_URL: 'smtp://127.0.0.1:2525',
      DASHBOARD_DIR: 'dist/apps/dashboard',
      ...options.env,
    });
    const core = {
      extraDefinitions: [...EXTRA, ...(options.definitions ?? [])],
      councilDefinitions: options.councilDefinitions,
    };
    const api = await createApi(config, core);
    await api.get(AuthService).bootstrapAdmin(config.admin);
    await api.listen(options.port ?? 0, '127.0.0.1');
    const address = api.getHttpServer().address() as { port: number };
    const http = new HttpClient(`http://127.0.0.1:${address.port}/api`);
    return new TestApp(db, config, api, http, core, !options.database);
  }

  /** A worker in its own Nest context, as `node dist/apps/worker/main.js` would run it. */
  async startWorker(): Promise<INestApplicationContext> {
    const worker = await createWorker(this.config, this.core);
    this.workers.push(worker);
    return worker;
  }

  async stopWorker(worker: INestApplicationContext): Promise<void> {
    this.workers = this.workers.filter((w) => w !== worker);
    await worker.close();
  }

  async login(email = ADMIN.email, password = ADMIN.password): Promise<HttpClient> {
    const result = await this.http.post<{ token: string }>('/auth/login', { email, password });
    if (result.status !== 200)
      throw new Error(`login failed: ${result.status} ${JSON.stringify(result.body)}`);
    return this.http.withToken(result.body.token);
  }

  /**
   * For tests without a running worker: applies a start that the API took in (202) as a worker would, and
   * returns the new process's id.
   */
  async applyStart(answer: { status: number; body: { command?: { id: string; processId: string } } }) {
    if (answer.status !== 202 || !answer.body.command)
      throw new Error(`expected a queued start, got ${answer.status} ${JSON.stringify(answer.body)}`);
    await this.api.get(CommandApplier).apply(answer.body.command.id);
    return answer.body.command.processId;
  }

  /** Empties this app's Redis database, as a crash of an unpersisted Redis would. */
  async flushRedis(): Promise<void> {
    const redis = new Redis(this.config.redisUrl);
    try {
      await redis.flushdb();
    } finally {
      redis.disconnect();
    }
  }

  /** A plain pg connection to the app's database, for what a test sets up or checks in SQL; closed with the app. */
  async sql(): Promise<Client> {
    const client = new Client({ connectionString: this.db.url });
    await client.connect();
    this.sqlClients.push(client);
    return client;
  }

  async close(): Promise<void> {
    for (const client of this.sqlClients) await client.end();
    for (const worker of this.workers) await worker.close();
    await this.api.close();
    if (this.ownsDatabase) await this.db.drop();
  }
}
