import { Migration } from '@mikro-orm/migrations';

/** P8 calendar feeds: each user's secret feed URL, stored as a hash. */
export class Migration20261130053104 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "calendar_token_hash" char(64) null;`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_calendar_token_hash_unique" unique ("calendar_token_hash");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_calendar_token_hash_unique";`);
    this.addSql(`alter table "app_user" drop column "calendar_token_hash";`);
  }
}
