/** Catalogues for the search tests: the real bundled one, and tiny hand-made ones. */
import { readFileSync } from 'node:fs';
import { CATALOGUE_FORMAT, type CatalogueDocument } from '../../../src/shared/catalogue.ts';

const REAL = new URL('../../../src/server/catalogue/catalogue.json', import.meta.url);

/** The catalogue that ships with Lotse (about 5,250 services). */
export function realCatalogue(): CatalogueDocument {
  return JSON.parse(readFileSync(REAL, 'utf8')) as CatalogueDocument;
}

/** A catalogue of the given service names, all under one Lebenslage "Testlage". */
export function tinyCatalogue(names: readonly string[]): CatalogueDocument {
  return {
    format: CATALOGUE_FORMAT,
    source: 'test',
    groups: [
      { id: 'tf-test', kind: 'themenfeld', parentId: null, name: 'Testfeld' },
      { id: 'll-test', kind: 'lebenslage', parentId: 'tf-test', name: 'Testlage' },
      { id: 'ozg-1', kind: 'leistung', parentId: 'll-test', name: 'Testleistung' },
    ],
    services: names.map((name, index) => ({
      id: `x-${index}`,
      leikaKey: null,
      name,
      type: null,
      legalBasis: null,
      laws: null,
      lawsShort: null,
      leistungId: 'ozg-1',
    })),
  };
}

/** Names of hits, best first. */
export function names(hits: readonly { name: string }[]): string[] {
  return hits.map((hit) => hit.name);
}
