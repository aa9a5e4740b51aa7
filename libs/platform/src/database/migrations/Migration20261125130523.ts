import { Migration } from '@mikro-orm/migrations';

/** Council bodies: memberships, appointments, meetings, the coordination seat, rules of procedure. */
export class Migration20261125130523 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "appointment" ("id" uuid not null, "seat" text not null, "person_id" uuid null, "organization_id" uuid null, "term_start" date null, "term_end" date null, "ended_on" date null, "status" text not null, "process_id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "appointment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "appointment_status_index" on "appointment" ("status");`);
    this.addSql(`create index "appointment_process_id_index" on "appointment" ("process_id");`);
    this.addSql(`create index "appointment_seat_term_start_index" on "appointment" ("seat", "term_start");`);

    this.addSql(
      `create table "coordination_assignment" ("id" uuid not null, "person_id" uuid null, "since" date not null, "recorded_by" uuid not null, "created_at" timestamptz(3) not null, constraint "coordination_assignment_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "meeting" ("id" uuid not null, "body" text not null, "working_group_id" uuid null, "date" date not null, "kind" text not null, "title" text not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_body_date_index" on "meeting" ("body", "date");`);

    this.addSql(
      `create table "membership" ("id" uuid not null, "person_id" uuid not null, "body" text not null, "working_group_id" uuid null, "role" text not null, "from" date not null, "to" date null, "topic" text null, "on_behalf_of_id" uuid null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);
    this.addSql(`create index "membership_on_behalf_of_id_index" on "membership" ("on_behalf_of_id");`);
    this.addSql(
      `create index "membership_working_group_id_person_id_index" on "membership" ("working_group_id", "person_id");`,
    );

    this.addSql(
      `create table "settings_revision" ("id" uuid not null, "values" jsonb not null, "meeting_id" uuid null, "recorded_by" uuid not null, "created_at" timestamptz(3) not null, constraint "settings_revision_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "settings_revision_created_at_index" on "settings_revision" ("created_at");`);

    this.addSql(`alter table "working_group" add column "moderator_since" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "coordination_assignment" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "settings_revision" cascade;`);

    this.addSql(`alter table "working_group" drop column "moderator_since";`);
  }
}
