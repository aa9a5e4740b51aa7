import { Migration } from '@mikro-orm/migrations';

/**
 * P8: meetings become processes. The recorded rows get a start and end (10:00–12:00 Berlin time on their
 * date, the time was never recorded), past ones count as held; the engine adopts each row as a P8 instance
 * (`process_id` null until then, see MeetingAdoption).
 */
export class Migration20261130053101 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "meeting" add column "start" timestamptz(3) null, add column "end" timestamptz(3) null, ` +
        `add column "location" text null, add column "online_url" text null, add column "state" text null, ` +
        `add column "process_id" uuid null, add column "sequence" int not null default 0, ` +
        `add column "invited_at" timestamptz(3) null, add column "cancel_reason" text null, ` +
        `add column "attendance" jsonb not null default '[]';`,
    );
    this.addSql(
      `update "meeting" set "start" = ("date" + time '10:00') at time zone 'Europe/Berlin', ` +
        `"end" = ("date" + time '12:00') at time zone 'Europe/Berlin', "location" = 'nicht erfasst', ` +
        `"state" = case when "date" < (now() at time zone 'Europe/Berlin')::date then 'held' else 'planned' end;`,
    );
    this.addSql(
      `alter table "meeting" alter column "start" set not null, alter column "end" set not null, ` +
        `alter column "location" set not null, alter column "state" set not null;`,
    );
    this.addSql(`create index "meeting_start_index" on "meeting" ("start");`);
    this.addSql(`create index "meeting_process_id_index" on "meeting" ("process_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "meeting_start_index";`);
    this.addSql(`drop index "meeting_process_id_index";`);
    this.addSql(
      `alter table "meeting" drop column "start", drop column "end", drop column "location", ` +
        `drop column "online_url", drop column "state", drop column "process_id", drop column "sequence", ` +
        `drop column "invited_at", drop column "cancel_reason", drop column "attendance";`,
    );
  }
}
