import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@gremium/workflow';
import { User } from '../identity/user.entity';
import { Person } from '../people/person.entity';

/** Secrets are never exported, not even one's own (hashes of passwords and session tokens). */
const SECRET_COLUMNS = new Set(['password_hash', 'token_hash', 'calendar_token_hash']);
/** Bookkeeping without personal data. */
const SKIPPED_TABLES = new Set(['mikro_orm_migrations']);

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
}

export interface PersonExport {
  exportedAt: string;
  person: Person;
  /** Every row of every table that names the person, one of their accounts or their e-mail addresses. */
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * DSGVO Art. 15: everything stored about one person. Rather than a list of tables that would go stale,
 * every table is searched: id columns equal to the person's or their accounts' ids, JSON documents
 * containing one of those ids, text columns holding one of their e-mail addresses.
 */
@Injectable()
export class PersonExporter {
  constructor(private readonly em: EntityManager) {}

  async export(personId: string): Promise<PersonExport> {
    const em = this.em.fork();
    const person = await em.findOne(Person, personId);
    if (!person) throw new NotFoundError('person', personId);
    const users = await em.find(User, { personId });
    const ids = [person.id, ...users.map((user) => user.id)];
    const emails = [person.email, ...users.map((user) => user.email)].filter((e): e is string => Boolean(e));
    const columns = await em.execute<Column[]>(
      `select table_name, column_name, data_type from information_schema.columns
       where table_schema = current_schema() and data_type in ('uuid', 'jsonb', 'text')
       order by table_name, ordinal_position`,
    );
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const table of [...new Set(columns.map((column) => column.table_name))]) {
      if (SKIPPED_TABLES.has(table)) continue;
      const conditions: string[] = [];
      const params: unknown[] = [];
      for (const column of columns.filter(
        (c) => c.table_name === table && !SECRET_COLUMNS.has(c.column_name),
      )) {
        const name = `"${column.column_name}"`;
        if (column.data_type === 'uuid') {
          conditions.push(`${name} = any(array[?]::uuid[])`);
          params.push(ids);
        } else if (column.data_type === 'jsonb') {
          conditions.push(`${name}::text like any(array[?])`);
          params.push(ids.map((id) => `%${id}%`));
        } else if (emails.length > 0) {
          conditions.push(`lower(${name}) = any(array[?])`);
          params.push(emails.map((email) => email.toLowerCase()));
        }
      }
      if (conditions.length === 0) continue;
      const rows = await em.execute<Record<string, unknown>[]>(
        `select * from "${table}" where ${conditions.join(' or ')}`,
        params,
      );
      const visible = rows.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMNS.has(key))),
      );
      if (visible.length > 0) tables[table] = visible;
    }
    return { exportedAt: new Date().toISOString(), person, tables };
  }
}
