import { Migration } from '@mikro-orm/migrations';

/**
 * Moderator history (R3, R6, R10): one row per moderator of a working group, from/to. Until now only the
 * current moderator was kept; each group's current moderator is carried over from the day recorded as
 * `moderator_since` (to the day before the group was dissolved, for a dissolved group).
 */
export class Migration20261130081000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "moderator_tenure" ("id" uuid not null, "working_group_id" uuid not null, "person_id" uuid not null, "from" date not null, "to" date null, "created_at" timestamptz(3) not null, constraint "moderator_tenure_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "moderator_tenure_working_group_id_from_index" on "moderator_tenure" ("working_group_id", "from");`,
    );
    this.addSql(
      `insert into "moderator_tenure" ("id", "working_group_id", "person_id", "from", "to", "created_at")
       select gen_random_uuid(), "id", "moderator_id", coalesce("moderator_since", "founded_at"),
              case when "dissolved_at" is null then null else "dissolved_at" - 1 end, now()
         from "working_group" where "moderator_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "moderator_tenure" cascade;`);
  }
}
