import { Migration } from '@mikro-orm/migrations';

/** P6: the annual report's read model, one row per report (R10). */
export class Migration20261130081100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "annual_report" ("id" uuid not null, "year" int not null, "state" text not null, "figures" jsonb null, "narrative" jsonb not null, "round" int not null, "votes" jsonb not null, "not_voted" jsonb not null, "decision" jsonb null, "approved_at" timestamptz(3) null, "submission" jsonb null, "process_id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "annual_report_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "annual_report_year_index" on "annual_report" ("year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "annual_report" cascade;`);
  }
}
