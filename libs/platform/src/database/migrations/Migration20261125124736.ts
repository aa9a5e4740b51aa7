import { Migration } from '@mikro-orm/migrations';

/** The engine's and the council's first tables, the audit chain's append-only trigger. */
export class Migration20261125124736 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "process_id" uuid not null, "seq" int not null, "type" text not null, "command_id" uuid null, "actor" jsonb not null, "event" jsonb not null, "state_before" jsonb null, "state_after" jsonb not null, "version" int not null, "at" timestamptz(3) not null, "prev_hash" char(64) not null, "hash" char(64) not null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_at_id_index" on "audit_event" ("at", "id");`);
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_process_id_seq_unique" unique ("process_id", "seq");`,
    );

    this.addSql(
      `create table "clock_setting" ("id" int not null, "offset_ms" bigint not null, constraint "clock_setting_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "command" ("id" uuid not null, "process_id" uuid not null, "type" text not null, "payload" jsonb not null, "idempotency_key" text null, "actor" jsonb not null, "source" text not null, "status" text not null default 'queued', "code" text null, "reason" text null, "created_at" timestamptz(3) not null, "decided_at" timestamptz(3) null, constraint "command_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "command_process_id_index" on "command" ("process_id");`);
    this.addSql(`create index "command_queued_idx" on "command" ("created_at") where "status" = 'queued';`);
    this.addSql(
      `alter table "command" add constraint "command_process_id_idempotency_key_unique" unique ("process_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "login_attempt" ("id" uuid not null, "email" text not null, "success" boolean not null, "at" timestamptz(3) not null, constraint "login_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "login_attempt_email_at_index" on "login_attempt" ("email", "at");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "kind" text not null, "subject_type" text not null, "subject_id" uuid not null, "process_id" uuid null, "message" text not null, "recipient" jsonb not null, "email" jsonb null, "created_at" timestamptz(3) not null, "read_at" timestamptz(3) null, "mailed_at" timestamptz(3) null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_created_at_id_index" on "notification" ("created_at", "id");`);

    this.addSql(
      `create table "organization" ("id" uuid not null, "name" text not null, "kind" text not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "organization_name_index" on "organization" ("name");`);

    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "queue" text not null, "job_id" text not null, "data" jsonb not null, "not_before" timestamptz(3) null, "created_at" timestamptz(3) not null, "published_at" timestamptz(3) null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_unpublished_idx" on "outbox_message" ("created_at") where "published_at" is null;`,
    );

    this.addSql(
      `create table "person" ("id" uuid not null, "name" text not null, "given_name" text null, "family_name" text null, "email" text null, "phone" text null, "organization_id" uuid null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`create index "person_organization_id_index" on "person" ("organization_id");`);

    this.addSql(
      `create table "process_instance" ("id" uuid not null, "definition_key" text not null, "definition_version" int not null, "state" jsonb not null, "context" jsonb not null, "status" text not null, "subject_type" text null, "subject_id" uuid null, "parent_id" uuid null, "start_key" text null, "version" int not null, "audit_head" char(64) not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "process_instance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "process_instance_status_index" on "process_instance" ("status");`);
    this.addSql(`create index "process_instance_parent_id_index" on "process_instance" ("parent_id");`);
    this.addSql(
      `create index "process_instance_created_at_id_index" on "process_instance" ("created_at", "id");`,
    );
    this.addSql(
      `create index "process_instance_subject_type_subject_id_index" on "process_instance" ("subject_type", "subject_id");`,
    );
    this.addSql(
      `alter table "process_instance" add constraint "process_instance_definition_key_start_key_unique" unique ("definition_key", "start_key");`,
    );

    this.addSql(
      `create table "session" ("id" uuid not null, "token_hash" char(64) not null, "user_id" uuid not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "revoked_at" timestamptz(3) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `create table "task" ("id" uuid not null, "process_id" uuid not null, "state_id" text not null, "awaiting" jsonb not null, "command_types" jsonb not null, "label" text null, "opened_at" timestamptz(3) not null, "due_at" timestamptz(3) null, "closed_at" timestamptz(3) null, constraint "task_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_process_id_index" on "task" ("process_id");`);
    this.addSql(`create index "task_open_idx" on "task" ("opened_at") where "closed_at" is null;`);

    this.addSql(
      `create table "timer" ("id" uuid not null, "process_id" uuid not null, "action_id" text not null, "process_version" int not null, "event" jsonb not null, "due_at" timestamptz(3) not null, "status" text not null default 'pending', "command_id" uuid null, "fired_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "timer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "timer_process_id_index" on "timer" ("process_id");`);
    this.addSql(`create index "timer_pending_due_idx" on "timer" ("due_at") where "status" = 'pending';`);
    this.addSql(
      `alter table "timer" add constraint "timer_process_id_action_id_process_version_unique" unique ("process_id", "action_id", "process_version");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" text not null, "password_hash" text not null, "person_id" uuid null, "roles" jsonb not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "working_group" ("id" uuid not null, "name" text not null, "topic" text not null, "rationale" text null, "status" text not null, "moderator_id" uuid null, "founded_at" date not null, "dissolved_at" date null, "founding_process_id" uuid null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "working_group_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "working_group_name_index" on "working_group" ("name");`);
    this.addSql(`create index "working_group_status_index" on "working_group" ("status");`);

    // The superuser ignores REVOKE, so append-only is enforced by a trigger.
    this.addSql(`create function "audit_event_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "audit_event_append_only" before update or delete on "audit_event"
      for each row execute function "audit_event_append_only"();`);
  }
}
