import { BadRequestException } from '@nestjs/common';
import type { Stamped } from '@gremium/council';
import { errorBody } from '../common/error-body';
import type { OparlObject } from './oparl-serializer';

export const PER_PAGE = 50;
const MAX_PER_PAGE = 100;
const FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;
type Filter = (typeof FILTERS)[number];
/** A full date-time as OParl's filters expect it (RFC 3339, with offset or Z). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface ListQuery {
  page: number;
  perPage: number;
  filters: Partial<Record<Filter, Date>>;
}

function invalid(field: string, message: string): never {
  throw new BadRequestException(
    errorBody(400, `invalid request: ${field} ${message}`, [{ field, message }], 'validation.invalid'),
  );
}

/** Reads `page`, `elementsPerPage` and the four date filters of OParl 1.1 (section 2.5, Filter). */
export function parseListQuery(raw: Record<string, unknown>): ListQuery {
  const filters: ListQuery['filters'] = {};
  for (const name of FILTERS) {
    const value = raw[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
      invalid(name, 'must be a date-time with time zone, e.g. 2026-01-01T00:00:00+01:00');
    }
    filters[name] = new Date(value);
  }
  const number = (name: string, fallback: number) => {
    const value = raw[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value))
      invalid(name, 'must be a positive integer');
    return Number(value);
  };
  return {
    page: number('page', 1),
    perPage: Math.min(number('elementsPerPage', PER_PAGE), MAX_PER_PAGE),
    filters,
  };
}

function matches(item: Stamped, filters: ListQuery['filters']): boolean {
  const { created_since, created_until, modified_since, modified_until } = filters;
  return (
    (!created_since || item.created >= created_since) &&
    (!created_until || item.created <= created_until) &&
    (!modified_since || item.modified >= modified_since) &&
    (!modified_until || item.modified <= modified_until)
  );
}

/** One page of an external object list: `data`, `pagination` and `links` (the filters carry over). */
export function listPage(
  url: string,
  entries: { item: Stamped; object: () => OparlObject }[],
  query: ListQuery,
  raw: Record<string, unknown>,
) {
  const selected = entries.filter((entry) => matches(entry.item, query.filters));
  const totalPages = Math.max(1, Math.ceil(selected.length / query.perPage));
  const pageUrl = (page: number) => {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (typeof raw[name] === 'string') params.set(name, raw[name]);
    if (query.perPage !== PER_PAGE) params.set('elementsPerPage', String(query.perPage));
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `${url}?${search}` : url;
  };
  const start = (query.page - 1) * query.perPage;
  return {
    data: selected.slice(start, start + query.perPage).map((entry) => entry.object()),
    pagination: {
      totalElements: selected.length,
      elementsPerPage: query.perPage,
      currentPage: query.page,
      totalPages,
    },
    links: {
      first: pageUrl(1),
      ...(query.page > 1 ? { prev: pageUrl(Math.min(query.page - 1, totalPages)) } : {}),
      self: pageUrl(query.page),
      ...(query.page < totalPages ? { next: pageUrl(query.page + 1) } : {}),
      last: pageUrl(totalPages),
    },
  };
}
