import { describe, expect, it } from '@jest/globals';
import { BadRequestException } from '@nestjs/common';
import { listPage, parseListQuery } from './oparl-list';

const at = (iso: string) => new Date(iso);
const entries = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({
  item: {
    id,
    created: at(`2026-0${index + 1}-01T00:00:00Z`),
    modified: at(`2026-0${index + 1}-15T00:00:00Z`),
  },
  object: () => ({ id, type: 'https://schema.oparl.org/1.1/Paper' }),
}));
const URL = 'https://rat.example/oparl/v1/body/praeventionsrat/papers';

describe('OParl lists', () => {
  it('pages with first, prev, self, next and last, carrying the filters over', () => {
    const raw = { created_since: '2026-02-01T00:00:00+01:00', elementsPerPage: '2', page: '1' };
    const first = listPage(URL, entries, parseListQuery(raw), raw);
    expect(first.data.map((o) => o.id)).toEqual(['b', 'c']);
    expect(first.pagination).toEqual({ totalElements: 4, elementsPerPage: 2, currentPage: 1, totalPages: 2 });
    expect(first.links.next).toBe(
      `${URL}?created_since=2026-02-01T00%3A00%3A00%2B01%3A00&elementsPerPage=2&page=2`,
    );
    expect(first.links).not.toHaveProperty('prev');
    const second = listPage(URL, entries, parseListQuery({ ...raw, page: '2' }), { ...raw, page: '2' });
    expect(second.data.map((o) => o.id)).toEqual(['d', 'e']);
    expect(second.links).not.toHaveProperty('next');
    expect(second.links.prev).toBe(
      `${URL}?created_since=2026-02-01T00%3A00%3A00%2B01%3A00&elementsPerPage=2`,
    );
  });

  it('filters on both ends of created and modified, inclusive', () => {
    const raw = { modified_since: '2026-02-15T00:00:00Z', modified_until: '2026-03-15T00:00:00Z' };
    expect(listPage(URL, entries, parseListQuery(raw), raw).data.map((o) => o.id)).toEqual(['b', 'c']);
    const until = { created_until: '2026-01-01T00:00:00Z' };
    expect(listPage(URL, entries, parseListQuery(until), until).data.map((o) => o.id)).toEqual(['a']);
  });

  it('answers a page past the end with no data and no next link', () => {
    const raw = { page: '9' };
    const page = listPage(URL, entries, parseListQuery(raw), raw);
    expect(page.data).toEqual([]);
    expect(page.links).not.toHaveProperty('next');
  });

  it('caps elementsPerPage at 100 and refuses dates without time or zone and bad numbers', () => {
    expect(parseListQuery({ elementsPerPage: '5000' }).perPage).toBe(100);
    for (const raw of [
      { created_since: '2026-01-01' },
      { modified_until: '2026-01-01T10:00:00' },
      { modified_since: ['2026-01-01T00:00:00Z'] },
      { page: '0' },
      { elementsPerPage: '-1' },
    ]) {
      expect(() => parseListQuery(raw)).toThrow(BadRequestException);
    }
  });
});
