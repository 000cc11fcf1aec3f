import type { CatalogueDocument } from '../../src/shared/catalogue.ts';

/** A tiny valid catalogue for storage and sync tests. */
export function smallCatalogue(): CatalogueDocument {
  return {
    format: 1,
    source: 'test',
    groups: [
      { id: 'tf-bauen-wohnen', kind: 'themenfeld', parentId: null, name: 'Bauen & Wohnen' },
      { id: 'tf-other', kind: 'themenfeld', parentId: null, name: 'Weitere Themen' },
      {
        id: 'll-wohnen-umzug',
        kind: 'lebenslage',
        parentId: 'tf-bauen-wohnen',
        name: 'Wohnen & Umzug',
      },
      { id: 'll-other', kind: 'lebenslage', parentId: 'tf-other', name: 'Weitere Lebenslagen' },
      { id: 'ozg-10124', kind: 'leistung', parentId: 'll-wohnen-umzug', name: 'Wohnsitzmeldungen' },
      { id: 'ozg-other', kind: 'leistung', parentId: 'll-other', name: 'Weitere Leistungen' },
    ],
    services: [
      {
        id: 'x-abc123',
        leikaKey: null,
        name: 'Abgabe von Meldungen',
        type: '1',
        legalBasis: null,
        laws: null,
        lawsShort: null,
        leistungId: 'ozg-other',
      },
      {
        id: '99115005105000',
        leikaKey: '99115005105000',
        name: 'Wohnsitz Abmeldung',
        type: '2/3',
        legalBasis: null,
        laws: 'Bundesmeldegesetz',
        lawsShort: 'BMG',
        leistungId: 'ozg-10124',
      },
      {
        id: '99115005104000',
        leikaKey: '99115005104000',
        name: 'Wohnsitz Anmeldung',
        type: '2/3',
        legalBasis: '§ 17 Absatz 1 Bundesmeldegesetz (BMG)',
        laws: 'Bundesmeldegesetz',
        lawsShort: 'BMG',
        leistungId: 'ozg-10124',
      },
    ],
  };
}
