import { Migration } from '@mikro-orm/migrations';

const TABLES = ['session', 'app_user'];

/**
 * Every change of a session or an account sends `sessions_changed` (delivered at commit): the API's cached
 * sessions are dropped in every process, so a revoked session, a deleted account or a changed role takes
 * effect there as it commits. New sessions need no message: a session not in the cache is read.
 */
export class Migration20261201080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create function notify_sessions_changed() returns trigger language plpgsql as $$ begin perform pg_notify('sessions_changed', ''); return null; end $$;`,
    );
    for (const table of TABLES) {
      this.addSql(
        `create trigger "${table}_sessions_changed" after update or delete on "${table}" for each row execute function notify_sessions_changed();`,
      );
      this.addSql(
        `create trigger "${table}_sessions_truncated" after truncate on "${table}" for each statement execute function notify_sessions_changed();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`drop trigger "${table}_sessions_truncated" on "${table}";`);
      this.addSql(`drop trigger "${table}_sessions_changed" on "${table}";`);
    }
    this.addSql(`drop function notify_sessions_changed();`);
  }
}
