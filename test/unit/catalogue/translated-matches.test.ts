import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_TRANSLATED_MATCHES,
  findTranslatedMatches,
  indexTranslatedNames,
  normalizedWords,
  type TranslatedName,
} from '../../../src/catalogue/translated-matches.ts';
import { ownTranslatedNames } from '../../../src/catalogue/content-names.ts';
import { i18n } from '../../../src/i18n/i18n.ts';

interface ContentFile {
  groups: Record<string, string>;
  services: Record<string, string>;
}

const content = (lng: string): ContentFile =>
  JSON.parse(
    readFileSync(new URL(`../../../locales/${lng}/content.json`, import.meta.url), 'utf8'),
  ) as ContentFile;

/** The ids a query finds among a language's real translated names, best first. */
function idsFound(lng: string, query: string): string[] {
  const index = indexTranslatedNames(ownTranslatedNames(lng), lng);
  return findTranslatedMatches(query, index).map((match) => match.id);
}

beforeAll(async () => {
  await i18n.init({ lng: 'de', fallbackLng: 'de', resources: {} });
  for (const lng of ['de-x-ls', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa']) {
    i18n.addResourceBundle(lng, 'content', content(lng));
  }
});

describe('the translated names of a language', () => {
  it('are only the language’s own, never the German fallback', () => {
    i18n.addResourceBundle('de', 'content', { groups: { 'll-nur-deutsch': 'Nur Deutsch' } });
    const names = ownTranslatedNames('tr');
    expect(names.map((name) => name.id)).not.toContain('ll-nur-deutsch');
    expect(names).toContainEqual({
      id: 'tf-familie-kind',
      kind: 'themenfeld',
      name: 'Aile ve çocuk',
    });
    expect(names).toContainEqual({
      id: 'll-kinderbetreuung',
      kind: 'lebenslage',
      name: 'Çocuk bakımı',
    });
    expect(names.find((name) => name.id === '99107023000000')?.kind).toBe('service');
    i18n.removeResourceBundle('de', 'content');
  });

  it('are empty for a language whose names are not loaded', () => {
    expect(ownTranslatedNames('bg')).toEqual([]);
  });
});

describe('finding topics and services by their translated name', () => {
  it('finds Turkish names by a Turkish word, whole words and short names first', () => {
    expect(idsFound('tr', 'çocuk')).toEqual([
      'll-kinderbetreuung', // Çocuk bakımı
      'tf-familie-kind', // Aile ve çocuk
      'll-trennung-mit-kind', // Çocuklu ayrılık
      '99107032000000', // Çocuklar, gençler ve … yardımları
      '99107032148000', // the same, longer
    ]);
  });

  it('reads Turkish typed on a German keyboard or in capitals like the real spelling', () => {
    const ikamet = ['99115005104001', '99115005104002'];
    expect(idsFound('tr', 'ikamet')).toEqual(ikamet);
    expect(idsFound('tr', 'İKAMET')).toEqual(ikamet);
    expect(idsFound('tr', 'cocuk')).toEqual(idsFound('tr', 'çocuk'));
    // Turkish capital I is dotless ı: "YARDIM" and "yardimi" both mean "yardımı".
    expect(idsFound('tr', 'KIRA YARDIM')).toContain('99107023000000');
    expect(idsFound('tr', 'kira yardimi')).toContain('99107023000000');
  });

  it('needs every word of the query at the start of a word of the name', () => {
    expect(idsFound('tr', 'çocuk bakım')).toEqual(['ll-kinderbetreuung']);
    expect(idsFound('tr', 'ocuk')).toEqual([]);
    expect(idsFound('tr', 'çocuk uzay')).toEqual([]);
  });

  it('ignores one-letter words, and a query of only those', () => {
    expect(idsFound('tr', 'ç')).toEqual([]);
    expect(idsFound('tr', 'çocuk b')).toEqual(idsFound('tr', 'çocuk'));
    expect(idsFound('tr', '   ')).toEqual([]);
  });

  it('finds Arabic names with or without tashkeel, hamza and the article', () => {
    const children = idsFound('ar', 'أطفال');
    expect(children).toEqual(expect.arrayContaining(['ll-kinderbetreuung', 'tf-familie-kind']));
    expect(idsFound('ar', 'الأَطْفَال')).toEqual(children);
    expect(idsFound('ar', 'اطفال')).toEqual(children);
    // "والسكن" is "and the housing": the conjunction and article are part of the word.
    expect(idsFound('ar', 'سكن')).toContain('tf-bauen-wohnen');
    // The article alone says nothing yet.
    expect(idsFound('ar', 'ال')).toEqual([]);
  });

  it('finds Persian names joined by a zero-width non-joiner when typed with a space or without', () => {
    const tenders = 'll-ausschreibungen-oeffentliche-auftraege'; // مناقصه‌ها و قراردادهای دولتی
    expect(idsFound('fa', 'مناقصه ها')).toContain(tenders);
    expect(idsFound('fa', 'مناقصهها')).toContain(tenders);
    expect(idsFound('fa', 'مناقصه‌ها')).toContain(tenders);
  });

  it('reads Arabic and Persian forms of yeh and kaf alike', () => {
    const persianChild = idsFound('fa', 'کودک');
    expect(persianChild).toContain('tf-familie-kind');
    expect(idsFound('fa', 'كودك')).toEqual(persianChild);
    expect(normalizedWords('مسکن کمک‌هزینه', 'fa')).toEqual(normalizedWords('مسكن كمكهزينه', 'fa'));
  });

  it('finds Ukrainian and Russian names, with or without ё', () => {
    expect(idsFound('uk', 'ДІТ')).toEqual(
      expect.arrayContaining(['tf-familie-kind', 'll-kinderbetreuung']),
    );
    expect(idsFound('ru', 'жилье')).toContain('tf-bauen-wohnen');
  });

  it('finds Polish names typed without diacritics, ł included', () => {
    expect(idsFound('pl', 'zlobek')).toEqual(['99041004000000', '99041004034000']); // żłobka too
    expect(idsFound('pl', 'zlob')).toEqual(['99041004000000', '99041004034000']); // also żłobka
    expect(idsFound('pl', 'dodatek mieszkaniowy')).toEqual(['99107023000000']);
  });

  it('finds a name by another form of its word: plural, case or suffixes', () => {
    // Turkish adds suffixes: "our children" starts with "çocuk".
    expect(idsFound('tr', 'çocuklarımız')).toContain('tf-familie-kind');
    // Polish and Ukrainian change endings: "dzieci" ~ "dziecko", "допомоги" ~ "допомога".
    expect(idsFound('pl', 'dzieci')).toContain('tf-familie-kind');
    expect(idsFound('uk', 'допомоги').sort()).toEqual(idsFound('uk', 'допомога').sort());
    // A shared start alone is not enough: the stem must be long and the endings short.
    expect(idsFound('tr', 'çocukluk')).toContain('tf-familie-kind');
    expect(idsFound('tr', 'aileler')).toContain('tf-familie-kind');
    expect(idsFound('tr', 'çoban')).toEqual([]);
    expect(idsFound('pl', 'dziewczyna')).toEqual([]);
  });

  it('shows at most a few matches', () => {
    const many: TranslatedName[] = Array.from({ length: 20 }, (_, n) => ({
      id: `ll-${n}`,
      kind: 'lebenslage',
      name: `Aile ${n}`,
    }));
    const found = findTranslatedMatches('aile', indexTranslatedNames(many, 'tr'));
    expect(found).toHaveLength(MAX_TRANSLATED_MATCHES);
  });

  it('leaves out what the German search already lists', () => {
    const index = indexTranslatedNames(ownTranslatedNames('tr'), 'tr');
    const except = new Set(['99107023000000']);
    const found = findTranslatedMatches('kira', index, { except }).map((match) => match.id);
    expect(found).toEqual(['99107023017000', '99107023017001']);
  });

  it('returns nothing in German and Leichte Sprache, which the German search covers', () => {
    expect(idsFound('de', 'Familie')).toEqual([]);
    expect(idsFound('de-x-ls', 'Familie')).toEqual([]);
  });
});
