import { Migration } from '@mikro-orm/migrations';

/** Recommendations (P4). */
export class Migration20261125133654 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "recommendation" ("id" uuid not null, "working_group_id" uuid not null, "title" text not null, "text" text not null, "addressees" jsonb not null, "tags" jsonb not null, "state" text not null, "escalated" boolean not null, "round" int not null, "votes" jsonb not null, "decision" jsonb null, "forwards" jsonb not null, "answers" jsonb not null, "closed_reason" text null, "submitted_at" timestamptz(3) null, "process_id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "recommendation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recommendation_working_group_id_index" on "recommendation" ("working_group_id");`,
    );
    this.addSql(`create index "recommendation_process_id_index" on "recommendation" ("process_id");`);
    this.addSql(
      `create index "recommendation_state_updated_at_index" on "recommendation" ("state", "updated_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation" cascade;`);
  }
}
