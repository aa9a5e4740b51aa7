import { Migration } from '@mikro-orm/migrations';

/** P8 agendas: items added by hand, members' proposals, and the items frozen by the invitation. */
export class Migration20261130053102 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, ` +
        `"title" text not null, "kind" text not null, "source" text not null, "process_id" uuid null, ` +
        `"task_id" uuid null, "command_type" text null, "status" text not null, "proposed_by_id" uuid null, ` +
        `"created_at" timestamptz(3) not null, constraint "agenda_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "agenda_item_meeting_id_position_index" on "agenda_item" ("meeting_id", "position");`,
    );
    this.addSql(`create index "agenda_item_process_id_index" on "agenda_item" ("process_id");`);
    this.addSql(`create index "task_due_at_index" on "task" ("due_at") where "closed_at" is null;`);
    // The backfill of P8's attendance needed a default; the entity sets it.
    this.addSql(`alter table "meeting" alter column "attendance" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting" alter column "attendance" set default '[]';`);
    this.addSql(`drop index "task_due_at_index";`);
    this.addSql(`drop table if exists "agenda_item" cascade;`);
  }
}
