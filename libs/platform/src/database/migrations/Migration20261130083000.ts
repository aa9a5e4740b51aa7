import { Migration } from '@mikro-orm/migrations';

/** Open council data: a person's public profile with the day of consent; withheld meetings and recommendations. */
export class Migration20261130083000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "person" add column "public_profile" boolean not null default false, add column "public_profile_consent_on" date null, add column "public_profile_changed_at" timestamptz(3) null;`,
    );
    this.addSql(
      `create table "publication_withholding" ("id" uuid not null, "subject_type" text not null, "withheld" boolean not null, "reason" text null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "publication_withholding_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "publication_withholding" cascade;`);
    this.addSql(
      `alter table "person" drop column "public_profile", drop column "public_profile_consent_on", drop column "public_profile_changed_at";`,
    );
  }
}
