import { Migration } from '@mikro-orm/migrations';

/** The processes list sorts by updatedAt by default. */
export class Migration20261125144337 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "process_instance_updated_at_id_index" on "process_instance" ("updated_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "process_instance_updated_at_id_index";`);
  }
}
