import { randomBytes } from 'node:crypto';

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_BASE_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Jest workers run files one after another: each worker owns one Redis database index. */
export function redisUrlForWorker(): string {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return `${REDIS_BASE_URL}/${1 + (worker % 15)}`;
}

export function uniqueSuffix(): string {
  return `${process.pid}_${randomBytes(4).toString('hex')}`;
}
