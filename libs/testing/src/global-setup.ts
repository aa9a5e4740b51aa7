import { Client } from 'pg';
import { PG_ADMIN_URL } from './test-env';

/** Test databases are named gremium_t_<pid>_<random>: one whose process is gone was left behind. */
function ownerAlive(name: string): boolean {
  const pid = Number(name.split('_')[2]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Drops the test databases that earlier runs left behind, never one a concurrent run still uses. The
 * template is built by the first test file that needs it (MikroORM must not be initialised here: its
 * metadata would leak into the test contexts).
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'gremium\\_t\\_%'",
    );
    for (const { datname } of rows.filter((row) => !ownerAlive(row.datname))) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await admin.end();
  }
}
