import { beforeAll, describe, expect, it } from 'vitest';
import { createServiceSearch, type ServiceSearch } from '../../../src/catalogue/search/index.ts';
import { searchQueries } from '../../bench/search-queries.ts';
import { names, realCatalogue } from './search-support.ts';

let search: ServiceSearch;
let catalogueNames: Set<string>;

beforeAll(() => {
  const doc = realCatalogue();
  catalogueNames = new Set(doc.services.map((service) => service.name));
  search = createServiceSearch(doc);
});

describe('the realistic query set', () => {
  it('has at least sixty queries, each expecting a service that exists', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(60);
    const missing = searchQueries.filter((entry) => !catalogueNames.has(entry.expect));
    expect(missing).toEqual([]);
  });

  it.each(searchQueries)('finds "$expect" for "$query" within $within', (entry) => {
    const found = names(search.search(entry.query, { limit: Math.max(20, entry.within) }));
    const rank = found.indexOf(entry.expect) + 1;
    expect(rank, `top: ${found.slice(0, entry.within).join(' | ')}`).toBeGreaterThan(0);
    expect(rank, `top: ${found.slice(0, entry.within).join(' | ')}`).toBeLessThanOrEqual(
      entry.within,
    );
  });
});
