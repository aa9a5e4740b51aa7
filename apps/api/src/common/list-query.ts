import { BadRequestException } from '@nestjs/common';
import type { Response } from 'express';
import { errorBody } from './error-body';
import { unusableText } from './text-guard';

export type Where = Record<string, unknown>;
/** Turns one filter value into a condition, or returns undefined when the value is not acceptable. */
export type FilterRule = (value: unknown) => Where | undefined;

export interface ListSpec {
  resource: string;
  sortable: readonly string[];
  defaultSort: [string, 'ASC' | 'DESC'];
  filters: Record<string, FilterRule>;
  search?: readonly string[];
}

export interface ListQuery {
  where: Where;
  orderBy: Record<string, 'asc' | 'desc'>;
  offset: number;
  limit: number;
}

export interface RawListQuery {
  filter?: unknown;
  sort?: unknown;
  range?: unknown;
  /** A cursor from `X-Next-Cursor` (lists that sort by time; see keyset-list.ts). */
  after?: unknown;
}

const MAX_PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bad(field: string, message: string): never {
  const key = 'list.invalid_query';
  throw new BadRequestException(
    errorBody(400, `${field} ${message}`, [{ field, message, key, params: {} }], key),
  );
}

function parseJson(field: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') bad(field, 'must be a JSON string');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return bad(field, 'is not valid JSON');
  }
  // JSON escapes can carry what the raw query string could not (\u0000, lone surrogates).
  const unusable = unusableText(parsed, field);
  if (unusable) bad(unusable, 'contains a NUL character or malformed unicode');
  return parsed;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const rules = {
  uuid:
    (field: string): FilterRule =>
    (value) => {
      const ids = Array.isArray(value) ? value : [value];
      if (ids.length > MAX_PAGE || !ids.every((id) => typeof id === 'string' && UUID.test(id)))
        return undefined;
      return { [field]: Array.isArray(value) ? { $in: ids } : value };
    },
  oneOf:
    (field: string, allowed: readonly string[]): FilterRule =>
    (value) => {
      const values = Array.isArray(value) ? value : [value];
      if (!values.every((v) => typeof v === 'string' && allowed.includes(v))) return undefined;
      return { [field]: Array.isArray(value) ? { $in: values } : value };
    },
  boolean:
    (build: (value: boolean) => Where): FilterRule =>
    (value) =>
      typeof value === 'boolean' ? build(value) : undefined,
  text:
    (field: string): FilterRule =>
    (value) =>
      typeof value === 'string' && value.length <= 500 ? { [field]: value } : undefined,
};

/** React-admin simple REST: filter={json}, sort=["field","ASC"], range=[start,end], all validated. */
export function parseListQuery(raw: RawListQuery, spec: ListSpec): ListQuery {
  const filter = parseJson('filter', raw.filter) ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    bad('filter', 'must be a JSON object');
  const conditions: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q' && spec.search) {
      if (typeof value !== 'string' || value.length > 200)
        bad('filter.q', 'must be a text of at most 200 characters');
      if (value.trim()) {
        const pattern = `%${escapeLike(value.trim())}%`;
        conditions.push({ $or: spec.search.map((field) => ({ [field]: { $ilike: pattern } })) });
      }
      continue;
    }
    const rule = Object.prototype.hasOwnProperty.call(spec.filters, key) ? spec.filters[key] : undefined;
    if (!rule) bad(`filter.${key}`, `is not a filter of ${spec.resource}`);
    const condition = rule(value);
    if (!condition) bad(`filter.${key}`, 'has a value of the wrong kind');
    conditions.push(condition);
  }

  const sort = parseJson('sort', raw.sort) ?? spec.defaultSort;
  if (
    !Array.isArray(sort) ||
    sort.length !== 2 ||
    typeof sort[0] !== 'string' ||
    !spec.sortable.includes(sort[0]) ||
    (sort[1] !== 'ASC' && sort[1] !== 'DESC')
  ) {
    bad('sort', `must be ["field","ASC"|"DESC"] with field one of ${spec.sortable.join(', ')}`);
  }
  const direction = sort[1] === 'ASC' ? 'asc' : 'desc';
  const orderBy: Record<string, 'asc' | 'desc'> = { [sort[0]]: direction };
  if (sort[0] !== 'id') orderBy.id = direction;

  const range = parseJson('range', raw.range) ?? [0, 24];
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    range[1] < range[0] ||
    range[1] - range[0] >= MAX_PAGE
  ) {
    bad('range', `must be [start,end] with 0 <= start <= end and at most ${MAX_PAGE} rows`);
  }
  return {
    where: conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions },
    orderBy,
    offset: range[0],
    limit: range[1] - range[0] + 1,
  };
}

export function sendRange<T>(
  response: Response,
  resource: string,
  items: T[],
  offset: number,
  total: number,
): T[] {
  const end = items.length === 0 ? offset : offset + items.length - 1;
  response.setHeader('Content-Range', `${resource} ${offset}-${end}/${total}`);
  response.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  return items;
}
