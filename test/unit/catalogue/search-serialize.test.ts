import { beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceSearch,
  loadServiceSearch,
  StaleSearchIndexError,
  type ServiceSearch,
} from '../../../src/catalogue/search/index.ts';
import type { CatalogueDocument } from '../../../src/shared/catalogue.ts';
import { searchQueries } from '../../bench/search-queries.ts';
import { realCatalogue, tinyCatalogue } from './search-support.ts';

let doc: CatalogueDocument;
let built: ServiceSearch;
let serialized: string;

beforeAll(() => {
  doc = realCatalogue();
  built = createServiceSearch(doc);
  serialized = built.serialize();
});

describe('a serialized search index', () => {
  it('gives exactly the same results after loading as the index it was made from', () => {
    const loaded = loadServiceSearch(doc, serialized);
    const queries = searchQueries.flatMap(({ query }) => [
      query,
      query.slice(0, 3),
      query[0] ?? '',
    ]);
    for (const query of queries) {
      expect(loaded.search(query, { limit: 30 }), query).toEqual(
        built.search(query, { limit: 30 }),
      );
    }
  });

  it('is refused for another catalogue, so the caller builds a fresh one', () => {
    expect(() => loadServiceSearch(tinyCatalogue(['Kindergeld']), serialized)).toThrow(
      StaleSearchIndexError,
    );
    const renamed = structuredClone(doc);
    renamed.services[0]!.name = 'Umbenannt';
    expect(() => loadServiceSearch(renamed, serialized)).toThrow(StaleSearchIndexError);
  });

  it('is refused when it is not an index at all', () => {
    expect(() => loadServiceSearch(doc, 'not json')).toThrow(StaleSearchIndexError);
    expect(() => loadServiceSearch(doc, '{}')).toThrow(StaleSearchIndexError);
    expect(() => loadServiceSearch(doc, 'null')).toThrow(StaleSearchIndexError);
  });
});
