import { Migration } from '@mikro-orm/migrations';

const REF = `'{{person:' || p."id" || '}}'`;

/**
 * Notifications and their stored e-mails name people by id (`{{person:<id>}}`), resolved when read or
 * mailed. Existing texts that quote a person's name get the reference instead; longer names first, so
 * that a name contained in another is not taken apart. Audit events are not touched (they hold ids).
 */
export class Migration20261130052000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$
      declare p record;
      begin
        for p in select "id", "name" from "person" where length("name") >= 3 order by length("name") desc loop
          update "notification" set
            "message" = replace("message", p."name", ${REF}),
            "email" = case when "email" is null then null else jsonb_set(jsonb_set("email",
              '{subject}', to_jsonb(replace("email"->>'subject', p."name", ${REF}))),
              '{text}', to_jsonb(replace("email"->>'text', p."name", ${REF}))) end
          where strpos("message", p."name") > 0 or strpos(coalesce("email"::text, ''), p."name") > 0;
        end loop;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
      declare p record;
      begin
        for p in select "id", "name" from "person" loop
          update "notification" set
            "message" = replace("message", ${REF}, p."name"),
            "email" = case when "email" is null then null else jsonb_set(jsonb_set("email",
              '{subject}', to_jsonb(replace("email"->>'subject', ${REF}, p."name"))),
              '{text}', to_jsonb(replace("email"->>'text', ${REF}, p."name"))) end
          where strpos("message", ${REF}) > 0 or strpos(coalesce("email"::text, ''), ${REF}) > 0;
        end loop;
      end $$;`);
  }
}
