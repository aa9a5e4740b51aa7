import { Migration } from '@mikro-orm/migrations';

/**
 * A refused command keeps the refusal's stable key (the dashboard words it, e.g. on a minutes item), and
 * each user chooses how notifications reach them by e-mail: each at once, or a daily digest.
 */
export class Migration20261130085000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "command" add column "reason_key" text null, add column "reason_params" jsonb null;`,
    );
    this.addSql(
      `alter table "app_user" add column "notification_delivery" text not null default 'each', add constraint "app_user_notification_delivery_check" check ("notification_delivery" in ('each', 'digest'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "command" drop column "reason_key", drop column "reason_params";`);
    this.addSql(
      `alter table "app_user" drop constraint "app_user_notification_delivery_check", drop column "notification_delivery";`,
    );
  }
}
