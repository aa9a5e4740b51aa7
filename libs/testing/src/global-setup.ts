import { Client } from 'pg';
import { PG_ADMIN_URL, TEMPLATE_DB } from './test-env';

/**
 * Drops what earlier runs left behind. The template itself is built by the first test file that needs it
 * (MikroORM must not be initialised here: its metadata would leak into the test contexts).
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    const stale = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'gremium\\_t\\_%' or datname = $1",
      [TEMPLATE_DB],
    );
    for (const { datname } of stale.rows)
      await admin.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
}
