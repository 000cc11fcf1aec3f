import { beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceSearch,
  type SearchHit,
  type ServiceSearch,
} from '../../../src/catalogue/search/index.ts';
import { names, realCatalogue, tinyCatalogue } from './search-support.ts';

let search: ServiceSearch;

beforeAll(() => {
  search = createServiceSearch(realCatalogue());
});

/** 1-based rank of a service name in the hits, 0 when missing. */
function rankOf(hits: readonly SearchHit[], name: string): number {
  return names(hits).indexOf(name) + 1;
}

describe('service search over the real catalogue', () => {
  it('finds "Wohnsitz Anmeldung" for "wohnung anmelden" among the first three', () => {
    const rank = rankOf(search.search('wohnung anmelden'), 'Wohnsitz Anmeldung');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  it('finds "Wohnsitz Anmeldung" for "wohnsitz anmeldng" despite the typo', () => {
    const hits = search.search('wohnsitz anmeldng');
    const rank = rankOf(hits, 'Wohnsitz Anmeldung');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
    expect(hits[rank - 1]?.match).toBe('fuzzy');
  });

  it('puts the general service before its long variants', () => {
    expect(names(search.search('wohnsitz anmelden')).slice(0, 2)).toEqual([
      'Wohnsitz Anmeldung',
      expect.stringMatching(/^Wohnsitz Anmeldung /),
    ]);
    expect(search.search('führerschein')[0]?.name).toBe('Führerschein');
  });

  it('finds the same services with umlauts, ae/oe/ue or plain vowels', () => {
    const expected = names(search.search('Führerschein'));
    expect(names(search.search('fuehrerschein'))).toEqual(expected);
    expect(names(search.search('fuhrerschein'))).toEqual(expected);
    expect(names(search.search('Strasse'))).toEqual(names(search.search('Straße')));
  });

  it('tolerates one typo in a longer word, a swap of two letters included', () => {
    expect(search.search('kindrgeld')[0]?.name).toBe('Kindergeld');
    expect(search.search('elterngled')[0]).toMatchObject({ name: 'Elterngeld', match: 'fuzzy' });
  });

  it('does not guess at typos in short words', () => {
    expect(search.search('kiat ')).toEqual([]);
  });

  it('returns only services that match every word when there are any', () => {
    const hits = search.search('kindergeld auszahlung');
    expect(names(hits)).toEqual(['Kindergeld Auszahlung']);
  });

  it('falls back to services matching some words when none matches all', () => {
    expect(search.search('kindergeld xyzzy')[0]?.name).toBe('Kindergeld');
  });

  it('finds compounds by their parts and heads', () => {
    expect(names(search.search('parkausweis'))).toContain('Bewohnerparkausweis');
    expect(names(search.search('urkunde'))).toContain('Geburtsurkunde');
    expect(names(search.search('steuer', { limit: 200 }))).toContain('Hundesteuer');
  });

  it('still finds words that only contain "ue", such as Erneuerung', () => {
    expect(search.search('erneuerung')[0]?.name).toBe('Fahrerkarte Erneuerung');
  });

  it('finds what people call a service by another name', () => {
    expect(search.search('Bürgergeld')[0]?.name).toBe('Arbeitslosengeld II');
    expect(search.search('hartz 4')[0]?.name).toBe('Arbeitslosengeld II');
    expect(names(search.search('kita')).slice(0, 3)).toContain('Kindertagesstätte');
  });

  it('ignores the way a request is phrased around the service', () => {
    expect(search.search('ich möchte kindergeld beantragen')[0]?.name).toBe('Kindergeld');
  });

  it('gives each hit its Lebenslage and OZG-Leistung for context', () => {
    const [hit] = search.search('Kindergeld');
    expect(hit?.id).toMatch(/^\d{14}$/u);
    expect(hit).toMatchObject({
      name: 'Kindergeld',
      lebenslage: 'Geburt',
      leistung: 'Kindergeld',
      match: 'exact',
    });
  });

  it('orders equally good hits by name', () => {
    const hits = names(search.search('kindergeld'));
    expect(hits.indexOf('Kindergeld Auszahlung')).toBeLessThan(
      hits.indexOf('Kindergeld Berechnung'),
    );
  });

  it('returns hits with falling scores', () => {
    const scores = search.search('wohnsitz anmeldng', { limit: 50 }).map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('answers a single letter at once with services that start with it', () => {
    search.search('k');
    const started = performance.now();
    const hits = search.search('K', { limit: 30 });
    expect(performance.now() - started).toBeLessThan(20);
    expect(hits).toHaveLength(30);
    for (const hit of hits) expect(hit.name.toLowerCase().startsWith('k')).toBe(true);
    expect(hits[0]?.match).toBe('prefix');
  });

  it('searches the word being typed as a prefix', () => {
    const hits = search.search('kindertagesst');
    expect(hits[0]).toMatchObject({ name: 'Kindertagesstätte', match: 'prefix' });
  });

  it('returns at most the requested number of hits', () => {
    expect(search.search('anmeldung', { limit: 5 })).toHaveLength(5);
    expect(search.search('anmeldung')).toHaveLength(20);
  });
});

describe('service search ranking', () => {
  it('lists exact matches before prefix matches before fuzzy ones', () => {
    const tiny = createServiceSearch(
      tinyCatalogue(['Kante Prüfung', 'Kartei Auskunft', 'Karte Ausstellung']),
    );
    expect(tiny.search('karte').map((hit) => [hit.name, hit.match])).toEqual([
      ['Karte Ausstellung', 'exact'],
      ['Kartei Auskunft', 'prefix'],
      ['Kante Prüfung', 'fuzzy'],
    ]);
  });

  it('finds umlauts written as ae/oe/ue in the catalogue and the other way round', () => {
    const tiny = createServiceSearch(tinyCatalogue(['Gebuehrenbescheid', 'Müllabfuhr']));
    expect(names(tiny.search('Gebührenbescheid'))).toEqual(['Gebuehrenbescheid']);
    expect(names(tiny.search('muellabfuhr'))).toEqual(['Müllabfuhr']);
  });
});
