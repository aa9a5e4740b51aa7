import { Migration } from '@mikro-orm/migrations';

/**
 * Recommendations (issue 13): the steering group's own have no working group; every wording is kept.
 * Each existing recommendation starts with its current wording as version 1.
 */
export class Migration20261130082100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "recommendation" alter column "working_group_id" drop not null;`);
    this.addSql(
      `create table "recommendation_version" ("id" uuid not null, "recommendation_id" uuid not null, "number" int not null, "title" text not null, "text" text not null, "addressees" jsonb not null, "tags" jsonb not null, "edited_by_id" uuid null, "edited_at" timestamptz(3) not null, "process_id" uuid not null, constraint "recommendation_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recommendation_version_recommendation_id_index" on "recommendation_version" ("recommendation_id");`,
    );
    this.addSql(
      `alter table "recommendation_version" add constraint "recommendation_version_recommendation_id_number_unique" unique ("recommendation_id", "number");`,
    );
    this.addSql(
      `insert into "recommendation_version" ("id", "recommendation_id", "number", "title", "text", "addressees", "tags", "edited_by_id", "edited_at", "process_id") select gen_random_uuid(), "id", 1, "title", "text", "addressees", "tags", null, "updated_at", "process_id" from "recommendation";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recommendation_version";`);
    this.addSql(`alter table "recommendation" alter column "working_group_id" set not null;`);
  }
}
