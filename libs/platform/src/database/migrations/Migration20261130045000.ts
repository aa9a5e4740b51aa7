import { Migration } from '@mikro-orm/migrations';

/** Schedules: a timer may start a process instead of belonging to one; one live timer per occurrence. */
export class Migration20261130045000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "timer" alter column "process_id" drop not null;`);
    this.addSql(`alter table "timer" add column "schedule" text null;`);
    this.addSql(
      `create unique index "timer_schedule_occurrence_unique" on "timer" ("action_id") where "process_id" is null and "status" <> 'voided';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "timer_schedule_occurrence_unique";`);
    this.addSql(`delete from "timer" where "process_id" is null;`);
    this.addSql(`alter table "timer" drop column "schedule";`);
    this.addSql(`alter table "timer" alter column "process_id" set not null;`);
  }
}
