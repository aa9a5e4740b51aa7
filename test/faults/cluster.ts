import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import Redis from 'ioredis';
import HEAP_FLAGS from '../../scripts/node-heap-flags.json';

export const API_ENTRY = 'dist/apps/api/main.js';
export const WORKER_ENTRY = 'dist/apps/worker/main.js';

/** One process of the built product, started as `node dist/apps/<app>/main.js` would be. */
export class ProductProcess {
  private exited: Promise<number | null>;
  /** When kill9() was called (epoch ms). */
  killedAt: number | null = null;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly logFile: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static spawn(name: string, entry: string, env: Record<string, string>, logFile: string): ProductProcess {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
    const log = openSync(logFile, 'a');
    const child = spawn(process.execPath, [...HEAP_FLAGS, entry], {
      env: { ...process.env, ...env },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    return new ProductProcess(name, child, logFile);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the process wrote. */
  logTail(lines = 20): string {
    return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** kill -9: no shutdown hooks, no goodbye to PostgreSQL or Redis. */
  async kill9(): Promise<void> {
    if (!this.alive) return;
    this.killedAt = Date.now();
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The PostgreSQL cluster the suite restarts: `FAULT_PG_CLUSTER` (name, `main`) listening on `FAULT_PG_PORT`
 * (5432). On a shared machine give the suite a cluster of its own so that nobody else loses connections.
 */
export const PG_CLUSTER = process.env.FAULT_PG_CLUSTER ?? 'main';
export const PG_PORT = Number(process.env.FAULT_PG_PORT ?? 5432);

export function postgresReady(): boolean {
  return (
    spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', String(PG_PORT), '-q'], { timeout: 10_000 }).status ===
    0
  );
}

function pgVersion(): string {
  const versions = readdirSync('/etc/postgresql');
  if (versions.length === 0) throw new Error('no PostgreSQL cluster in /etc/postgresql');
  return versions.sort().at(-1)!;
}

function pgctl(action: 'restart' | 'start'): { ok: boolean; output: string } {
  const result = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', pgVersion(), PG_CLUSTER, action], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** Restarts the suite's PostgreSQL cluster (every connection of every process is cut); returns the downtime. */
export async function restartPostgres(): Promise<number> {
  const started = Date.now();
  const result = pgctl('restart');
  if (!result.ok) throw new Error(`pg_ctlcluster restart failed: ${result.output}`);
  while (!postgresReady()) {
    if (Date.now() - started > 120_000) throw new Error('PostgreSQL did not come back within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

/** Whatever happened: leave PostgreSQL running for everybody else on this machine. */
export function ensurePostgresRunning(): void {
  if (postgresReady()) return;
  const result = pgctl('start');
  if (!result.ok && !postgresReady()) console.error(`could not start PostgreSQL again: ${result.output}`);
}

/** Empties the suite's own Redis database (FLUSHDB on its index, nothing else). */
export async function flushRedis(url: string): Promise<void> {
  const redis = new Redis(url);
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}
