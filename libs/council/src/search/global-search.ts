import type { EntityManager } from '@mikro-orm/postgresql';

export const SEARCH_KINDS = [
  'person',
  'organization',
  'working-group',
  'recommendation',
  'meeting',
  'process',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The name or title that matched (for a process: its subject's). */
  label: string;
  /** For a process: its definition key; for a meeting: its date. */
  detail: string | null;
}

/** Each kind shows this many hits at most; the best matches first. */
const PER_KIND = 5;
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;

/** "%köhler%" → matches "Kohler", "KÖHLER", "Köhler-Straße" through the trigram indexes. */
const pattern = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One kind's table: the searched column, ordered by trigram similarity, then alphabetically. */
const named = (kind: SearchKind, table: string, column: string, detail = 'null') => `
  (select '${kind}' as kind, id::text as id, "${column}" as label, ${detail} as detail
     from "${table}"
    where gremium_unaccent("${column}") like gremium_unaccent(?)
    order by similarity(gremium_unaccent("${column}"), gremium_unaccent(?)) desc, "${column}"
    limit ${PER_KIND})`;

/**
 * The global search: people, organizations, working groups, recommendations, meetings, and the
 * processes about a found working group, recommendation or a found person's seat, by name, ignoring case,
 * accents and umlauts (unaccent + pg_trgm, migration 20261130051800).
 */
export async function searchCouncil(em: EntityManager, query: string): Promise<SearchHit[]> {
  const like = pattern(query.trim());
  const plain = query.trim();
  const sql = `
    with hits as (
      ${named('person', 'person', 'name')}
      union all ${named('organization', 'organization', 'name')}
      union all ${named('working-group', 'working_group', 'name')}
      union all ${named('recommendation', 'recommendation', 'title')}
      union all ${named('meeting', 'meeting', 'title', 'to_char("date", \'YYYY-MM-DD\')')}
    ),
    subjects as (
      select id::uuid as id, label from hits where kind in ('working-group', 'recommendation')
      union all
      select a.id, h.label from appointment a join hits h on h.kind = 'person' and a.person_id = h.id::uuid
    )
    select kind, id, label, detail from hits
    union all
    (select 'process', p.id::text, s.label, p.definition_key
       from process_instance p join subjects s on s.id = p.subject_id
      order by p.status, p.updated_at desc
      limit ${PER_KIND})`;
  const params = [like, plain, like, plain, like, plain, like, plain, like, plain];
  const rows: SearchHit[] = await em.getConnection().execute(sql, params);
  return rows;
}
