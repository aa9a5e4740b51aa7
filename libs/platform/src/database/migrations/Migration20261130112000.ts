import { Migration } from '@mikro-orm/migrations';

const TABLES = ['working_group', 'appointment', 'coordination_assignment', 'moderator_tenure'];

/**
 * Every statement that changes a fact the steering group is composed from sends `steering_facts_changed`
 * (delivered at commit): the API's cached compositions are dropped in every process. It also counts up the
 * transaction's own `gremium.steering_facts_epoch`, so what a transaction composed stays valid until it
 * changes a fact itself.
 */
export class Migration20261130112000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create function notify_steering_facts_changed() returns trigger language plpgsql as $$ begin perform pg_notify('steering_facts_changed', ''); perform set_config('gremium.steering_facts_epoch', (coalesce(nullif(current_setting('gremium.steering_facts_epoch', true), ''), '0')::bigint + 1)::text, true); return null; end $$;`,
    );
    for (const table of TABLES) {
      this.addSql(
        `create trigger "${table}_steering_facts_changed" after insert or update or delete or truncate on "${table}" for each statement execute function notify_steering_facts_changed();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`drop trigger "${table}_steering_facts_changed" on "${table}";`);
    }
    this.addSql(`drop function notify_steering_facts_changed();`);
  }
}
