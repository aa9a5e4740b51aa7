import { Migration } from '@mikro-orm/migrations';

/**
 * Each user chooses how notifications reach them by e-mail: each at once, or a daily digest.
 */
export class Migration20261130085000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "notification_delivery" text not null default 'each', add constraint "app_user_delivery_known" check ("notification_delivery" = 'each' or "notification_delivery" = 'digest');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "app_user" drop constraint "app_user_delivery_known", drop column "notification_delivery";`,
    );
  }
}
