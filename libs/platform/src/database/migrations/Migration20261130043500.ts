import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys are scoped per sender (another user's key names another command), the audit chain
 * refuses TRUNCATE too (a row trigger never sees it), and login attempts record the client's address.
 */
export class Migration20261130043500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "command" drop constraint "command_process_id_idempotency_key_unique";`);
    this.addSql(
      `create unique index "command_idempotency_unique" on "command" ("process_id", (coalesce("actor"->>'userId', '')), "idempotency_key");`,
    );
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event"
      for each statement execute function "audit_event_append_only"();`);
    this.addSql(`alter table "login_attempt" add column "ip" text not null default '';`);
    this.addSql(`alter table "login_attempt" alter column "ip" drop default;`);
    this.addSql(`create index "login_attempt_ip_at_index" on "login_attempt" ("ip", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "login_attempt" drop column "ip";`);
    this.addSql(`drop trigger "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop index "command_idempotency_unique";`);
    this.addSql(
      `alter table "command" add constraint "command_process_id_idempotency_key_unique" unique ("process_id", "idempotency_key");`,
    );
  }
}
