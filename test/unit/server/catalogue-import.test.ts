import { describe, expect, it } from 'vitest';
import { CatalogueImportError, importCatalogue } from '../../../src/server/catalogue/import.ts';
import { slugify } from '../../../src/server/catalogue/slug.ts';

/** A well-formed source record; override fields per test. */
function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    leika_schluessel: '99115005104000',
    leika_bezeichnung: 'Wohnsitz Anmeldung',
    leika_typ: '2/3',
    rechtsgrundlage:
      '§ 17 Bundesmeldegesetz (BMG) [http://www.gesetze-im-internet.de/bmg/__17.html]',
    gesetze: 'Bundesmeldegesetz',
    gesetz_kurz: 'BMG',
    ozg_id: '10336',
    ozg_leistung: 'Wohnsitzmeldungen',
    lebenslage: 'Wohnen & Umzug',
    themenfeld: 'Bauen & Wohnen',
    ...overrides,
  };
}

const notInLeika = (name: string, ozgId = '10336') =>
  record({ leika_schluessel: 'nicht im LeiKa', leika_bezeichnung: name, ozg_id: ozgId });

describe('importCatalogue', () => {
  it('builds the Themenfeld, Lebenslage and OZG-Leistung above a service', () => {
    const { document } = importCatalogue([record()], 'test');
    expect(document.groups).toEqual([
      { id: 'tf-bauen-wohnen', kind: 'themenfeld', parentId: null, name: 'Bauen & Wohnen' },
      {
        id: 'll-wohnen-umzug',
        kind: 'lebenslage',
        parentId: 'tf-bauen-wohnen',
        name: 'Wohnen & Umzug',
      },
      { id: 'ozg-10336', kind: 'leistung', parentId: 'll-wohnen-umzug', name: 'Wohnsitzmeldungen' },
    ]);
    expect(document.services[0]).toEqual({
      id: '99115005104000',
      leikaKey: '99115005104000',
      name: 'Wohnsitz Anmeldung',
      type: '2/3',
      legalBasis: '§ 17 Bundesmeldegesetz (BMG)',
      laws: 'Bundesmeldegesetz',
      lawsShort: 'BMG',
      leistungId: 'ozg-10336',
    });
  });

  it('reports each malformed record with its position and still imports the rest', () => {
    const input = [
      record({ leika_schluessel: '99000000000001', leika_bezeichnung: 'Erster' }),
      null,
      'Wohnsitz',
      record({ leika_schluessel: '99000000000003', leika_bezeichnung: '   ' }),
      record({ leika_schluessel: '3233' }),
      record({ leika_schluessel: '99000000000005', ozg_id: 10336 }),
      record({ leika_schluessel: '99000000000006', leika_bezeichnung: 'Letzter' }),
    ];
    const { document, problems, counts } = importCatalogue(input, 'test');

    expect(document.services.map((service) => service.name)).toEqual(['Erster', 'Letzter']);
    expect(counts).toMatchObject({ records: 7, services: 2, skipped: 5 });
    expect(problems).toEqual([
      { index: 1, severity: 'error', reason: 'record is null, not an object; skipped' },
      {
        index: 2,
        severity: 'error',
        reason: 'record is string "Wohnsitz", not an object; skipped',
      },
      {
        index: 3,
        severity: 'error',
        field: 'leika_bezeichnung',
        reason: 'service name is missing; skipped',
      },
      {
        index: 4,
        severity: 'error',
        field: 'leika_schluessel',
        reason: 'LeiKa key "3233" is neither 14 digits nor "nicht im LeiKa"; skipped',
      },
      {
        index: 5,
        severity: 'error',
        field: 'ozg_id',
        reason: 'expected text or null, got number 10336; skipped',
      },
    ]);
  });

  it('skips a record whose LeiKa key an earlier record already used', () => {
    const { document, problems } = importCatalogue(
      [record(), record({ leika_bezeichnung: 'Kopie' })],
      'test',
    );
    expect(document.services.map((service) => service.name)).toEqual(['Wohnsitz Anmeldung']);
    expect(problems).toEqual([
      {
        index: 1,
        severity: 'error',
        field: 'leika_schluessel',
        reason: 'LeiKa key 99115005104000 was already used by #0; skipped',
      },
    ]);
  });

  it('moves services of a junk Lebenslage to the "other" branch and says so', () => {
    const input = [
      record(),
      record({ leika_schluessel: '99000000000002', lebenslage: 'aaaaabbbbb' }),
    ];
    const { document, problems } = importCatalogue(input, 'test');

    expect(document.groups.map((group) => group.name)).not.toContain('aaaaabbbbb');
    expect(document.services.find((service) => service.id === '99000000000002')?.leistungId).toBe(
      'ozg-other',
    );
    expect(
      document.groups.filter((group) => group.id.endsWith('-other')).map((group) => group.name),
    ).toEqual(['Weitere Themen', 'Weitere Lebenslagen', 'Weitere Leistungen']);
    expect(problems).toEqual([
      {
        index: 1,
        severity: 'warning',
        field: 'lebenslage',
        reason:
          'Lebenslage "aaaaabbbbb" looks like test data; service placed under "Weitere Leistungen"',
      },
    ]);
  });

  it('puts services without an OZG-Leistung under "Weitere Leistungen"', () => {
    const orphan = record({ ozg_id: null, ozg_leistung: null, lebenslage: null, themenfeld: null });
    const { document, problems } = importCatalogue([orphan], 'test');
    expect(document.services[0]?.leistungId).toBe('ozg-other');
    expect(problems).toEqual([]);
  });

  it('drops junk field values and link suffixes but keeps the readable legal text', () => {
    const input = [
      record({
        gesetze: 'sdesf',
        rechtsgrundlage:
          '§ 49 KrWG [http://www.gesetze-im-internet.de/krwg/__49.html], § 23 NachwV [http://x.de/23]',
        gesetz_kurz: '',
      }),
    ];
    const { document, problems } = importCatalogue(input, 'test');
    expect(document.services[0]).toMatchObject({
      laws: null,
      legalBasis: '§ 49 KrWG, § 23 NachwV',
      lawsShort: null,
    });
    expect(problems).toEqual([
      {
        index: 0,
        severity: 'warning',
        field: 'gesetze',
        reason: '"sdesf" looks like test data; left empty',
      },
    ]);
  });

  it('trims and collapses whitespace in names', () => {
    const { document } = importCatalogue(
      [record({ leika_bezeichnung: '  Wohnsitz   Anmeldung ' })],
      'test',
    );
    expect(document.services[0]?.name).toBe('Wohnsitz Anmeldung');
  });

  it('gives services without a LeiKa key ids that do not depend on file order', () => {
    const a = notInLeika('Hundesteuer Anmeldung');
    const b = notInLeika('Fischereischein');
    const forward = importCatalogue([a, b], 'test').document.services;
    const backward = importCatalogue([b, a], 'test').document.services;
    expect(forward.map((service) => service.id)).toEqual(backward.map((service) => service.id));
    expect(
      forward.every((service) => /^x-[0-9a-f]{8}$/.test(service.id) && service.leikaKey === null),
    ).toBe(true);
  });

  it('keeps both copies of a duplicated service under different ids', () => {
    const { document, problems } = importCatalogue(
      [notInLeika('Zulassung'), notInLeika('Zulassung')],
      'test',
    );
    const ids = document.services.map((service) => service.id);
    expect(new Set(ids).size).toBe(2);
    expect(problems).toEqual([expect.objectContaining({ index: 1, severity: 'warning' })]);
  });

  it('keeps the first placement of an OZG-Leistung and reports a contradicting one', () => {
    const input = [record(), record({ leika_schluessel: '99000000000002', lebenslage: 'Geburt' })];
    const { document, problems } = importCatalogue(input, 'test');
    expect(document.groups.map((group) => group.name)).not.toContain('Geburt');
    expect(problems).toEqual([
      expect.objectContaining({ index: 1, severity: 'warning', field: 'lebenslage' }),
    ]);
    expect(problems[0]?.reason).toContain('"Wohnen & Umzug" at #0');
  });

  it('keeps the first Themenfeld of a Lebenslage and reports a contradicting one', () => {
    const input = [
      record(),
      record({ leika_schluessel: '99000000000002', ozg_id: '10001', themenfeld: 'Umwelt' }),
    ];
    const { document, problems } = importCatalogue(input, 'test');
    expect(document.groups.find((group) => group.id === 'ozg-10001')?.parentId).toBe(
      'll-wohnen-umzug',
    );
    expect(document.groups.map((group) => group.name)).not.toContain('Umwelt');
    expect(problems).toEqual([expect.objectContaining({ index: 1, field: 'themenfeld' })]);
  });

  it('sorts groups parents first and names in German order', () => {
    const input = [
      record({
        leika_schluessel: '99000000000001',
        leika_bezeichnung: 'Zulassung',
        ozg_id: '1',
        themenfeld: 'Umwelt',
        lebenslage: 'Abfall',
      }),
      record({
        leika_schluessel: '99000000000002',
        leika_bezeichnung: 'Ärztliche Approbation',
        ozg_id: '2',
        themenfeld: 'Ärzte',
        lebenslage: 'Öl',
      }),
      record({
        leika_schluessel: '99000000000003',
        leika_bezeichnung: 'Bauantrag',
        ozg_id: '3',
        themenfeld: 'Bauen',
        lebenslage: 'Zuzug',
      }),
    ];
    const { document } = importCatalogue(input, 'test');
    expect(document.groups.map((group) => group.name).slice(0, 6)).toEqual([
      'Ärzte',
      'Bauen',
      'Umwelt',
      'Abfall',
      'Öl',
      'Zuzug',
    ]);
    expect(document.services.map((service) => service.name)).toEqual([
      'Ärztliche Approbation',
      'Bauantrag',
      'Zulassung',
    ]);
  });

  it('rejects input that is not a list of services', () => {
    expect(() => importCatalogue({ services: [] }, 'test')).toThrow(CatalogueImportError);
    expect(() => importCatalogue(null, 'test')).toThrow(
      /JSON array of services, but it contains null/,
    );
  });
});

describe('slugify', () => {
  it('folds German letters the way Germans type without umlauts', () => {
    expect(slugify('Forschung & Förderung')).toBe('forschung-foerderung');
    expect(slugify('Straße über Gebühr')).toBe('strasse-ueber-gebuehr');
    expect(slugify('Unternehmensführung & -entwicklung')).toBe('unternehmensfuehrung-entwicklung');
  });

  it('still gives a stable id for a name without letters', () => {
    expect(slugify('§§')).toMatch(/^h[0-9a-f]{8}$/);
    expect(slugify('§§')).toBe(slugify('§§'));
  });
});
