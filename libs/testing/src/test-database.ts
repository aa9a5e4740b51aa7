import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { councilOrmOptions } from '@gremium/council';
import { createHash } from 'node:crypto';
import { loadConfig, migrations } from '@gremium/platform';
import { databaseUrl, PG_ADMIN_URL, uniqueSuffix } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const TEMPLATE_LOCK = 0x746d706c;
/**
 * Named after the migrations it holds, their code included: runs with other migrations (or concurrent runs)
 * never clash, and a migration edited before it lands never meets a template built from its old text.
 */
const TEMPLATE_DB = `gremium_test_template_${createHash('sha256')
  .update(migrations.map((m) => `${m.name}:${String(m.class)}`).join(','))
  .digest('hex')
  .slice(0, 12)}`;

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The template is built once per run with the real migrations, by whichever Jest worker comes first. */
async function ensureTemplate(): Promise<void> {
  await admin(async (client) => {
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [TEMPLATE_DB]);
      if (rowCount) return;
      await client.query(`create database "${TEMPLATE_DB}"`);
      const orm = await MikroORM.init(
        councilOrmOptions(loadConfig({ DATABASE_URL: databaseUrl(TEMPLATE_DB), NODE_ENV: 'test' })),
      );
      try {
        await orm.getMigrator().up();
      } finally {
        await orm.close(true);
      }
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

let template: Promise<void> | null = null;

/** A fresh database cloned from the migrated template (fast: a file copy, no migrations). */
export async function createTestDatabase(): Promise<TestDatabase> {
  template ??= ensureTemplate();
  await template;
  const name = `gremium_t_${uniqueSuffix()}`;
  await admin((client) => client.query(`create database "${name}" template "${TEMPLATE_DB}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/** A checksum of every row of the given tables: equal before and after means nothing changed. */
export async function tablesChecksum(url: string, tables: readonly string[]): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const parts: string[] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ sum: string | null }>(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${table}" t`,
      );
      parts.push(`${table}:${rows[0].sum}`);
    }
    return parts.join(',');
  } finally {
    await client.end();
  }
}
