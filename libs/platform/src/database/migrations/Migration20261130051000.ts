import { Migration } from '@mikro-orm/migrations';

/** P7: every adopted version of the rules of procedure (R9). */
export class Migration20261130051000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "rules_of_procedure_version" (
      "id" uuid not null primary key,
      "version" int not null,
      "title" text not null,
      "text" text not null,
      "settings" jsonb not null,
      "in_force_from" date not null,
      "meeting_id" uuid not null,
      "process_id" uuid not null,
      "created_at" timestamptz(3) not null,
      constraint "rules_of_procedure_version_version_unique" unique ("version"),
      constraint "rules_of_procedure_version_process_id_unique" unique ("process_id")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "rules_of_procedure_version";`);
  }
}
