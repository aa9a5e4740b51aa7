import { Migration } from '@mikro-orm/migrations';

/** Documents (api.md `files`): the content in the database, and what each file is attached to. */
export class Migration20261130082000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "name" text not null, "media_type" text not null, "size" int not null, "sha256" text not null, "content" bytea not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz(3) not null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stored_file_uploaded_by_id_index" on "stored_file" ("uploaded_by_id");`);
    this.addSql(
      `create table "file_attachment" ("id" uuid not null, "file_id" uuid not null, "subject_kind" text not null, "subject_id" uuid not null, "purpose" text null, "attached_by_id" uuid not null, "attached_at" timestamptz(3) not null, "detached_by_id" uuid null, "detached_at" timestamptz(3) null, constraint "file_attachment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "file_attachment_file_id_index" on "file_attachment" ("file_id");`);
    this.addSql(
      `create index "file_attachment_subject_kind_subject_id_index" on "file_attachment" ("subject_kind", "subject_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "file_attachment";`);
    this.addSql(`drop table if exists "stored_file";`);
  }
}
