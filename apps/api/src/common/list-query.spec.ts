import { BadRequestException } from '@nestjs/common';
import { parseListQuery, rules, type ListSpec } from './list-query';

const spec: ListSpec = {
  resource: 'people',
  sortable: ['name', 'createdAt', 'id'],
  defaultSort: ['name', 'ASC'],
  filters: { id: rules.uuid('id'), kind: rules.oneOf('kind', ['police', 'science']) },
  search: ['name', 'email'],
};
const id = '6f1c1f4e-3d0c-4a53-9a59-3b2b8e8c1d11';

describe('parseListQuery', () => {
  it('uses defaults', () => {
    expect(parseListQuery({}, spec)).toEqual({
      where: {},
      orderBy: { name: 'asc', id: 'asc' },
      offset: 0,
      limit: 25,
    });
  });

  it('builds filters, search, sort and range', () => {
    const query = parseListQuery(
      {
        filter: JSON.stringify({ q: '50%_x', id: [id], kind: 'police' }),
        sort: '["createdAt","DESC"]',
        range: '[10,19]',
      },
      spec,
    );
    expect(query.where).toEqual({
      $and: [
        { $or: [{ name: { $ilike: '%50\\%\\_x%' } }, { email: { $ilike: '%50\\%\\_x%' } }] },
        { id: { $in: [id] } },
        { kind: 'police' },
      ],
    });
    expect(query).toMatchObject({ orderBy: { createdAt: 'desc', id: 'desc' }, offset: 10, limit: 10 });
  });

  it.each([
    [{ filter: '{not json' }, 'filter'],
    [{ filter: '[]' }, 'filter'],
    [{ filter: '{"password":"x"}' }, 'filter.password'],
    [{ filter: '{"__proto__":{"x":1}}' }, 'filter.__proto__'],
    [{ filter: '{"constructor":1}' }, 'filter.constructor'],
    [{ filter: '{"q":"a\\u0000b"}' }, 'filter.q'],
    [{ filter: '{"id":"1 or 1=1"}' }, 'filter.id'],
    [{ filter: '{"kind":"mayor"}' }, 'filter.kind'],
    [{ sort: '["name; drop table person","ASC"]' }, 'sort'],
    [{ sort: '["name","UP"]' }, 'sort'],
    [{ range: '[5,1]' }, 'range'],
    [{ range: '[0,100000]' }, 'range'],
    [{ range: '[-1,3]' }, 'range'],
  ])('refuses %p naming %s', (raw, field) => {
    try {
      parseListQuery(raw, spec);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestException);
      expect((error as BadRequestException).getResponse()).toMatchObject({ details: [{ field }] });
    }
  });
});
