import { Client } from 'pg';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { redisConnectionOptions } from '../queue/redis-connection';

export class DependencyError extends Error {}

const TIMEOUT_MS = 3000;

function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

/** Creates the database named in DATABASE_URL when the server is up but the database is not there yet. */
async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: TIMEOUT_MS });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

async function checkPostgres(config: AppConfig): Promise<void> {
  try {
    await ensureDatabase(config.databaseUrl);
  } catch (error) {
    throw new DependencyError(
      `PostgreSQL is not reachable at ${where(config.databaseUrl)} (${(error as Error).message}): start it ` +
        `(docker compose up -d postgres, or pg_ctlcluster <version> main start) or set DATABASE_URL.`,
    );
  }
}

async function checkRedis(config: AppConfig): Promise<string[]> {
  const redis = new Redis({
    ...redisConnectionOptions(config.redisUrl),
    maxRetriesPerRequest: 0,
    connectTimeout: TIMEOUT_MS,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (policy !== 'noeviction') {
      throw new DependencyError(
        `Redis at ${where(config.redisUrl)} has maxmemory-policy ${policy}: BullMQ needs noeviction ` +
          `(redis-cli config set maxmemory-policy noeviction).`,
      );
    }
    const [, aof] = (await redis.config('GET', 'appendonly')) as string[];
    const [, save] = (await redis.config('GET', 'save')) as string[];
    return aof !== 'yes' && !save
      ? [
          `Redis at ${where(config.redisUrl)} keeps nothing on disk; the database is the source of truth, but queued jobs are re-created only by the sweeper after a restart.`,
        ]
      : [];
  } catch (error) {
    if (error instanceof DependencyError) throw error;
    throw new DependencyError(
      `Redis is not reachable at ${where(config.redisUrl)} (${(error as Error).message}): start it ` +
        `(docker compose up -d redis, or redis-server --daemonize yes) or set REDIS_URL.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Checks PostgreSQL and Redis before anything boots; returns warnings, throws one clear error. */
export async function preflight(config: AppConfig): Promise<string[]> {
  await checkPostgres(config);
  const warnings = await checkRedis(config);
  return config.env === 'production' ? warnings : [];
}
