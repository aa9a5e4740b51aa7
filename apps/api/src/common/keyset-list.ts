import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import type { Response } from 'express';
import { errorBody } from './error-body';
import type { ListQuery, Where } from './list-query';

/** From this many rows (as PostgreSQL's statistics say) an unfiltered list's total is the estimate. */
export const ESTIMATE_FROM = 10_000;

/**
 * From this offset a page's ids are counted off first and only its own rows read (see `keysetList`). Below
 * it the plain query skips at most this many rows (under half a millisecond), about what the extra lookups
 * by id cost; page 1 and the pages a person clicks through stay the plain query.
 */
export const DEFER_FROM = 1_000;

export interface KeysetSpec {
  table: string;
  /** The time fields a cursor can follow (each with `id` as the tie-break, as the list query sorts). */
  fields: readonly string[];
  /**
   * Rows are only ever added, so vacuum keeps the table's pages all-visible and a deep offset page can count
   * off its ids in the index alone. A table whose rows change (processes) keeps the plain query: there the
   * ids-only query read the table too, and was slower where vacuum had not been.
   */
  insertOnly?: boolean;
}

interface Cursor {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function badCursor(): never {
  const key = 'list.invalid_query';
  const message = 'is not a cursor this list gave out';
  throw new BadRequestException(
    errorBody(400, `after ${message}`, [{ field: 'after', message, key, params: {} }], key),
  );
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.getTime(), id])).toString('base64url');
}

function decodeCursor(raw: unknown): Cursor {
  if (typeof raw !== 'string' || raw.length > 200) badCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return badCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !Number.isSafeInteger(parsed[0]) ||
    typeof parsed[1] !== 'string' ||
    !UUID.test(parsed[1])
  )
    badCursor();
  return { at: new Date(parsed[0] as number), id: parsed[1] as string };
}

/**
 * One page of a list sorted by a time field and id. With `after` (the cursor the previous page's
 * `X-Next-Cursor` header gave) the page starts right after that row, found in the index instead of
 * counted off from the first row; the range's start only numbers the rows. An unfiltered list's total is
 * PostgreSQL's row estimate once the table is large, so no page counts the whole table.
 */
export async function keysetList<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  query: ListQuery,
  after: unknown,
  spec: KeysetSpec,
): Promise<{ items: T[]; total: number; next: string | null }> {
  const [field, direction] = Object.entries(query.orderBy)[0];
  const keyset = spec.fields.includes(field);
  if (after !== undefined && !keyset) badCursor();
  const cursor = after === undefined ? null : decodeCursor(after);
  const op = direction === 'asc' ? '$gt' : '$lt';
  const bound = direction === 'asc' ? '$gte' : '$lte';
  const where: Where = cursor
    ? {
        $and: [
          query.where,
          { [field]: { [bound]: cursor.at } },
          { $or: [{ [field]: { [op]: cursor.at } }, { id: { [op]: cursor.id } }] },
        ],
      }
    : query.where;
  const offset = cursor ? 0 : query.offset;
  // A deferred join, in one statement: the page's ids are counted off in the (time, id) index alone (an
  // index-only scan once vacuum has marked the pages all-visible), then only those rows are read. The plain
  // query reads every row it skips from the table.
  const deferred = spec.insertOnly === true && offset >= DEFER_FROM;
  const items = (await em.find(
    entity,
    (deferred ? { id: { $in: idsOfPage(em, entity, where, query) } } : where) as never,
    { orderBy: query.orderBy as never, offset: deferred ? 0 : offset, limit: query.limit },
  )) as T[];
  const seen = query.offset + items.length;
  const total = Math.max(seen, await totalOf(em, entity, query.where, spec.table));
  const last = items.at(-1) as (T & Record<string, unknown>) | undefined;
  const lastAt = last?.[field];
  const next =
    keyset && last && items.length === query.limit && lastAt instanceof Date
      ? encodeCursor(lastAt, last.id)
      : null;
  return { items, total, next };
}

/** The ids of the page at the query's offset, as a subquery. */
function idsOfPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Where,
  query: ListQuery,
) {
  return em
    .createQueryBuilder(entity, 'page')
    .select('id' as never)
    .where(where as never)
    .orderBy(query.orderBy as never)
    .offset(query.offset)
    .limit(query.limit)
    .getKnexQuery();
}

async function totalOf<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Where,
  table: string,
): Promise<number> {
  if (Object.keys(where).length === 0) {
    const [row] = await em.execute<{ estimate: number }[]>(
      'select reltuples::bigint as estimate from pg_class where oid = to_regclass(?)',
      [table],
    );
    const estimate = Number(row?.estimate ?? -1);
    if (estimate >= ESTIMATE_FROM) return estimate;
  }
  return em.count(entity, where as never);
}

/** The cursor of the page after this one, for the data provider. */
export function sendNextCursor(response: Response, next: string | null): void {
  if (next) response.setHeader('X-Next-Cursor', next);
  response.setHeader('Access-Control-Expose-Headers', 'Content-Range, X-Next-Cursor');
}
