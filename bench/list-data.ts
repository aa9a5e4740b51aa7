import type { Client } from 'pg';

const CHUNK = 10_000;

/**
 * Bulk-loads finished-looking history for the list benchmark with plain SQL: `processes` founding
 * processes (state and context as the machine would store them) with `eventsPerProcess` audit events each.
 * The hash chain of these rows is not valid; nothing in the list endpoints reads it. It ends with
 * `VACUUM (ANALYZE)`, as pgbench does after its load: in production autovacuum keeps the visibility map of
 * these insert-mostly tables (PostgreSQL 13 on vacuums after inserts too), which index-only scans need, and
 * a run of minutes would never see autovacuum.
 */
export async function bulkLoadHistory(
  sql: Client,
  processes: number,
  eventsPerProcess: number,
): Promise<void> {
  for (let from = 1; from <= processes; from += CHUNK) {
    const to = Math.min(processes, from + CHUNK - 1);
    await sql.query(
      `with p as (
         insert into process_instance (id, definition_key, definition_version, state, context, status,
           subject_type, subject_id, parent_id, start_key, version, audit_head, created_at, updated_at)
         select gen_random_uuid(), 'working-group-founding', 1,
           '{"proposed":{"steering":"pending","plenary":"pending"}}'::jsonb,
           jsonb_build_object('name', 'AG Bestand ' || g, 'topic', 'Thema ' || (g % 97),
             'rationale', 'Massendaten für den Listen-Benchmark', 'initialMemberIds', '[]'::jsonb,
             'workingGroupId', gen_random_uuid(), 'steering', null, 'plenary', null, 'withdrawal', null),
           'active', 'working-group', gen_random_uuid(), null, 'bulk:' || g, $3::int, repeat('0', 64),
           now() - g * interval '1 minute', now() - g * interval '1 minute' + (g % 600) * interval '1 second'
         from generate_series($1::int, $2::int) g
         returning id, state, created_at
       )
       insert into audit_event (id, process_id, seq, type, command_id, actor, event, state_before,
         state_after, version, at, prev_hash, hash)
       select gen_random_uuid(), p.id, s, case when s = 0 then 'process.started' else 'NOTE' end, null,
         '{"type":"user","userId":"00000000-0000-4000-8000-0000000000aa","personId":null}'::jsonb,
         jsonb_build_object('type', case when s = 0 then 'process.started' else 'NOTE' end,
           'payload', jsonb_build_object('note', 'Eintrag ' || s), 'facts', '{}'::jsonb),
         case when s = 0 then null else p.state end, p.state, s + 1,
         p.created_at + s * interval '1 second', repeat('0', 64), md5(p.id::text || s) || md5(s || p.id::text)
       from p cross join generate_series(0, $3::int - 1) s`,
      [from, to, eventsPerProcess],
    );
  }
  await sql.query('vacuum (analyze) process_instance, audit_event');
}
