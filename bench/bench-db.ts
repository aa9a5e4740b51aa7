import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { councilOrmOptions } from '@gremium/council';
import { loadConfig } from '@gremium/platform';

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Drops and re-creates a dedicated database, then applies the real migrations to it. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await withClient(adminUrl, async (admin) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  });
  const url = databaseUrl(adminUrl, name);
  const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'development' });
  const orm = await MikroORM.init({ ...councilOrmOptions(config), logger: () => undefined });
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
  return url;
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`));
}

/** Server-side process ids of the backends connected to one database (for their CPU use). */
export async function backendPids(client: Client, database: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [database],
  );
  return rows.map((row) => row.pid);
}
