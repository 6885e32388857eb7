import { describe, expect, it } from 'vitest';
import { activeFilters, readFilters, toListQuery, toQueryStrings, writeFilters } from './list-filters';

describe('list filters ↔ URL', () => {
  it('reads known values and ignores malformed ones', () => {
    const filters = readFilters(new URLSearchParams('q=wang&tier=A&stage=Nope&owner=u-1&team=t-1&tag=vip&sort=updatedAt&dir=sideways&trash=1'));
    expect(filters).toEqual({
      q: 'wang',
      tier: 'A',
      stage: undefined,
      relationship: undefined,
      ownerId: 'u-1',
      teamId: 't-1',
      tag: 'vip',
      sort: 'updatedAt',
      dir: undefined,
      deleted: true,
    });
    expect(activeFilters(filters)).toEqual(['tier', 'ownerId', 'teamId', 'tag']);
  });

  it('writes only what is set, and round-trips', () => {
    const filters = readFilters(new URLSearchParams('stage=Loyal&relationship=Stable&sort=name&dir=desc'));
    const params = writeFilters({ ...filters, q: '  li  ' });
    expect(params.toString()).toBe('q=li&stage=Loyal&relationship=Stable&sort=name&dir=desc');
    expect(readFilters(params)).toEqual({ ...filters, q: 'li' });
    expect(writeFilters(readFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('maps to the API query of the list and of its export', () => {
    const query = toListQuery(readFilters(new URLSearchParams('q=wang&tier=B&owner=u-1&team=t-1&tag=vip&trash=1')));
    expect(query).toEqual({ q: 'wang', tier: 'B', ownerId: 'u-1', teamId: 't-1', tag: 'vip', deleted: true });
    expect(toQueryStrings(query)).toEqual({ q: 'wang', tier: 'B', ownerId: 'u-1', teamId: 't-1', tag: 'vip', deleted: 'true' });
    expect(toListQuery(readFilters(new URLSearchParams('')))).toEqual({});
  });
});
