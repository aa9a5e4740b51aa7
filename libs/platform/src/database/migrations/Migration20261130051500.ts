import { Migration } from '@mikro-orm/migrations';

/**
 * Erasure (DSGVO Art. 17): erased people are marked, numbered pseudonyms come from a sequence, and login
 * attempts keep only a hash of the e-mail typed.
 */
export class Migration20261130051500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "erased_at" timestamptz(3) null;`);
    this.addSql(`create sequence "person_pseudonym_seq";`);
    this.addSql(`drop index "login_attempt_email_at_index";`);
    this.addSql(`alter table "login_attempt" rename column "email" to "email_hash";`);
    this.addSql(
      `update "login_attempt" set "email_hash" = encode(sha256(convert_to(lower(trim("email_hash")), 'UTF8')), 'hex');`,
    );
    this.addSql(`alter table "login_attempt" alter column "email_hash" type char(64);`);
    this.addSql(`create index "login_attempt_email_hash_at_index" on "login_attempt" ("email_hash", "at");`);
  }

  override async down(): Promise<void> {
    // The e-mails cannot come back from their hashes: the attempts are dropped.
    this.addSql(`delete from "login_attempt";`);
    this.addSql(`drop index "login_attempt_email_hash_at_index";`);
    this.addSql(`alter table "login_attempt" alter column "email_hash" type text;`);
    this.addSql(`alter table "login_attempt" rename column "email_hash" to "email";`);
    this.addSql(`create index "login_attempt_email_at_index" on "login_attempt" ("email", "at");`);
    this.addSql(`drop sequence "person_pseudonym_seq";`);
    this.addSql(`alter table "person" drop column "erased_at";`);
  }
}
