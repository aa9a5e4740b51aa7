import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications per person: addressed to one user or to a stored role, read state per user. Existing
 * notifications to a person go to that person's account (or, without one, to the coordination office);
 * a notification already read counts as read for everybody it was addressed to.
 */
export class Migration20261130045500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "notification" add column "recipient_id" uuid null, add column "recipient_role" text null;`,
    );
    this.addSql(
      `update "notification" set "recipient_role" = "recipient"->>'role' where "recipient" ? 'role';`,
    );
    this.addSql(`update "notification" n set "recipient_id" = u."id" from "app_user" u
      where n."recipient" ? 'personId' and u."person_id"::text = n."recipient"->>'personId';`);
    this.addSql(
      `update "notification" set "recipient_role" = 'coordination' where "recipient_id" is null and "recipient_role" is null;`,
    );
    this.addSql(`create table "notification_read" ("notification_id" uuid not null, "user_id" uuid not null,
      "read_at" timestamptz(3) not null, constraint "notification_read_pkey" primary key ("notification_id", "user_id"));`);
    this.addSql(`alter table "notification_read" add constraint "notification_read_notification_id_foreign"
      foreign key ("notification_id") references "notification" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "notification_read" ("notification_id", "user_id", "read_at")
      select n."id", u."id", n."read_at" from "notification" n
      join "app_user" u on u."id" = n."recipient_id" or u."roles" ? n."recipient_role"
      where n."read_at" is not null;`);
    this.addSql(`alter table "notification" drop column "recipient", drop column "read_at";`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_check"
      check ((recipient_id is null) <> (recipient_role is null));`);
    this.addSql(`create index "notification_recipient_id_index" on "notification" ("recipient_id");`);
    this.addSql(`create index "notification_recipient_role_index" on "notification" ("recipient_role");`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "notification" add column "recipient" jsonb null, add column "read_at" timestamptz(3) null;`,
    );
    this.addSql(`update "notification" set "recipient" = case when "recipient_id" is null
      then jsonb_build_object('role', "recipient_role") else jsonb_build_object('userId', "recipient_id") end;`);
    this.addSql(`update "notification" n set "read_at" = (select min(r."read_at") from "notification_read" r
      where r."notification_id" = n."id");`);
    this.addSql(`alter table "notification" alter column "recipient" set not null;`);
    this.addSql(`drop table "notification_read";`);
    this.addSql(`alter table "notification" drop constraint "notification_recipient_check";`);
    this.addSql(`alter table "notification" drop column "recipient_id", drop column "recipient_role";`);
  }
}
