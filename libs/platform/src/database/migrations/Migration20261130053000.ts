import { Migration } from '@mikro-orm/migrations';

/** Records of change of people, organizations, memberships, meetings, users and settings: append-only, chained. */
export class Migration20261130053000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "record_change" ("id" uuid not null, "subject_type" text not null,
      "subject_id" uuid not null, "seq" int not null, "action" text not null, "actor_id" uuid null,
      "changes" jsonb not null, "at" timestamptz(3) not null, "prev_hash" char(64) not null,
      "hash" char(64) not null, constraint "record_change_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "record_change" add constraint "record_change_subject_id_seq_unique" unique ("subject_id", "seq");`,
    );
    this.addSql(
      `create index "record_change_subject_type_subject_id_index" on "record_change" ("subject_type", "subject_id");`,
    );
    this.addSql(`create index "record_change_at_id_index" on "record_change" ("at", "id");`);
    this.addSql(`create function "record_change_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'record_change is append-only: % refused', tg_op using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "record_change_append_only" before update or delete on "record_change"
      for each row execute function "record_change_append_only"();`);
    this.addSql(`create trigger "record_change_no_truncate" before truncate on "record_change"
      for each statement execute function "record_change_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "record_change";`);
    this.addSql(`drop function "record_change_append_only"();`);
  }
}
