import { Migration } from '@mikro-orm/migrations';

/** P8 minutes: per agenda item a result and, for decisions, what the minutes dispatch. */
export class Migration20261130053103 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meeting" add column "minutes" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting" drop column "minutes";`);
  }
}
