import { Migration } from '@mikro-orm/migrations';

/** Rules of procedure take effect on a day (a P7 adoption: the day after the meeting), not when recorded. */
export class Migration20261130050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "settings_revision" add column "in_force_from" date;`);
    this.addSql(
      `update "settings_revision" set "in_force_from" = ("created_at" at time zone 'Europe/Berlin')::date;`,
    );
    this.addSql(`alter table "settings_revision" alter column "in_force_from" set not null;`);
    this.addSql(
      `create index "settings_revision_in_force_from_created_at_index" on "settings_revision" ("in_force_from", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "settings_revision_in_force_from_created_at_index";`);
    this.addSql(`alter table "settings_revision" drop column "in_force_from";`);
  }
}
