import { Migration } from '@mikro-orm/migrations';

/** Incidents: commands and timers count their failed attempts and keep the last error. */
export class Migration20261130053500 extends Migration {
  override async up(): Promise<void> {
    for (const table of ['command', 'timer']) {
      this.addSql(
        `alter table "${table}" add column "attempts" int not null default 0, add column "last_error" text null, add column "last_failed_at" timestamptz(3) null;`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['command', 'timer']) {
      this.addSql(
        `alter table "${table}" drop column "attempts", drop column "last_error", drop column "last_failed_at";`,
      );
    }
  }
}
