import { Migration } from '@mikro-orm/migrations';

/** The names the global search looks in, and how (see libs/council/src/search). */
const SEARCHED = [
  ['person', 'name'],
  ['organization', 'name'],
  ['working_group', 'name'],
  ['recommendation', 'title'],
  ['meeting', 'title'],
] as const;

/**
 * Global search, accent- and umlaut-insensitive ("Kohler" finds "Köhler"): unaccent and trigram indexes.
 * unaccent() is only STABLE (its dictionary could change), so an IMMUTABLE wrapper with the dictionary
 * named explicitly makes it usable in an index.
 */
export class Migration20261130051800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create or replace function gremium_unaccent(text) returns text language sql immutable parallel safe strict ` +
        `as $$ select public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;`,
    );
    for (const [table, column] of SEARCHED) {
      this.addSql(
        `create index "${table}_${column}_search_idx" on "${table}" using gin (gremium_unaccent("${column}") gin_trgm_ops);`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of SEARCHED) this.addSql(`drop index "${table}_${column}_search_idx";`);
    this.addSql(`drop function gremium_unaccent(text);`);
  }
}
