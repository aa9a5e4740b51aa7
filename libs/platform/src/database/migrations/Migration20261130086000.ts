import { Migration } from '@mikro-orm/migrations';

/**
 * A term and its successor name each other; a refusal decided in the worker keeps its stable key, its
 * parameters and the fields it names (before, only the kind of refusal and its English text were kept).
 */
export class Migration20261130086000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "appointment" add column "predecessor_id" uuid null, add column "successor_id" uuid null;`,
    );
    this.addSql(
      `alter table "command" add column "error_key" text null, add column "error_params" jsonb null, add column "error_details" jsonb null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop column "predecessor_id", drop column "successor_id";`);
    this.addSql(
      `alter table "command" drop column "error_key", drop column "error_params", drop column "error_details";`,
    );
  }
}
