import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogueDocument } from '../../../src/shared/catalogue-check.ts';
import { importCatalogue } from '../../../src/server/catalogue/import.ts';
import { isJunkName, isJunkValue } from '../../../src/server/catalogue/junk.ts';
import { serializeCatalogue } from '../../../src/server/catalogue/serialize.ts';

const SOURCE_FILE = new URL(
  '../../../../shared/data/ozg-catalogue/leistungen.json',
  import.meta.url,
);
const COMMITTED_FILE = new URL('../../../src/server/catalogue/catalogue.json', import.meta.url);
const BUNDLED_SOURCE = 'LeiKa/OZG catalogue from kdn-nrw/OZG-Datenbank-NRW (2021-08-12)';

const raw = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as Record<string, string | null>[];
const result = importCatalogue(raw, BUNDLED_SOURCE);
const { document } = result;
const byId = new Map(document.groups.map((group) => [group.id, group]));

describe('importing the real OZG catalogue', () => {
  it('imports every service except the two test records', () => {
    expect(result.counts).toEqual({
      records: 5251,
      services: 5249,
      skipped: 2,
      // 14, 55 and 557 from the source, plus the "other" branch at each level.
      themenfelder: 15,
      lebenslagen: 56,
      leistungen: 558,
    });
    expect(document.services.filter((service) => service.leikaKey === null)).toHaveLength(436);
    expect(document.services.filter((service) => service.leistungId === 'ozg-other')).toHaveLength(
      26,
    );
  });

  it('reports exactly the known junk in the file', () => {
    expect(
      result.problems.map((problem) => [problem.index, problem.severity, problem.field]),
    ).toEqual([
      [0, 'warning', 'gesetze'],
      [4546, 'warning', 'leika_bezeichnung'],
      [5249, 'error', 'leika_schluessel'],
      [5249, 'error', 'leika_bezeichnung'],
      [5250, 'error', 'leika_schluessel'],
      [5250, 'error', 'leika_bezeichnung'],
    ]);
  });

  it('files "Wohnsitz Anmeldung" under Bauen & Wohnen / Wohnen & Umzug / Wohnsitzmeldungen', () => {
    const service = document.services.find((candidate) => candidate.id === '99115005104000');
    expect(service?.name).toBe('Wohnsitz Anmeldung');
    const leistung = byId.get(service?.leistungId ?? '');
    const lebenslage = byId.get(leistung?.parentId ?? '');
    const themenfeld = byId.get(lebenslage?.parentId ?? '');
    expect([themenfeld?.name, lebenslage?.name, leistung?.name]).toEqual([
      'Bauen & Wohnen',
      'Wohnen & Umzug',
      'Wohnsitzmeldungen',
    ]);
  });

  it('leaves no link suffixes in legal texts', () => {
    const texts = document.services.flatMap((service) => [
      service.legalBasis,
      service.laws,
      service.lawsShort,
    ]);
    expect(texts.filter((text) => text?.includes('[http'))).toEqual([]);
  });

  it('does not mistake any real name or value for junk', () => {
    const names = new Set<string>();
    const values = new Set<string>();
    for (const item of raw) {
      for (const field of [
        'leika_bezeichnung',
        'ozg_leistung',
        'lebenslage',
        'themenfeld',
      ] as const) {
        if (item[field]) names.add(item[field].trim());
      }
      for (const field of ['leika_typ', 'rechtsgrundlage', 'gesetze', 'gesetz_kurz'] as const) {
        if (item[field]) values.add(item[field].trim());
      }
    }
    expect([...names].filter(isJunkName)).toEqual(['Test 124', 'Test 4']);
    expect([...values].filter(isJunkValue).sort()).toEqual(['asdqw', 'sdesf', 'wqfwe']);
  });

  it('produces a document that passes the device-side check', () => {
    expect(parseCatalogueDocument(document)).toBe(document);
  });

  it('matches the committed catalogue.json, so the bundled file cannot go stale', () => {
    expect(readFileSync(COMMITTED_FILE, 'utf8')).toBe(serializeCatalogue(document));
  });

  it('keeps the bundled file well under 2 MB', () => {
    expect(readFileSync(COMMITTED_FILE).byteLength).toBeLessThan(1.6 * 1024 * 1024);
  });
});
