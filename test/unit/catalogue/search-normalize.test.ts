import { describe, expect, it } from 'vitest';
import {
  foldWord,
  indexWords,
  normalizeText,
  splitWords,
} from '../../../src/catalogue/search/normalize.ts';

const fold = (word: string) => foldWord(normalizeText(word));

describe('normalisation for search', () => {
  it('folds umlauts and their ae/oe/ue transliterations to the same word', () => {
    expect(fold('Führerschein')).toBe('fuhrerschein');
    expect(fold('Fuehrerschein')).toBe('fuhrerschein');
    expect(fold('Fuhrerschein')).toBe('fuhrerschein');
    expect(fold('Bürgergeld')).toBe(fold('buergergeld'));
    expect(fold('Gebühr')).toBe(fold('Gebuehr'));
    expect(fold('Ärztekammer')).toBe(fold('Aerztekammer'));
    expect(fold('Höhe')).toBe(fold('Hoehe'));
  });

  it('treats ß and ss alike', () => {
    expect(fold('Straße')).toBe(fold('Strasse'));
    expect(fold('Eheschließung')).toBe(fold('Eheschliessung'));
  });

  it('reads old and new spellings of triple letters alike', () => {
    expect(fold('Schifffahrt')).toBe(fold('Schiffahrt'));
  });

  it('folds words that merely contain "ue" the same way every time', () => {
    expect(fold('Steuer')).toBe(fold('steuer'));
    expect(fold('Hundesteuer')).toContain(fold('Steuer'));
    expect(fold('neue')).toBe(fold('Neue'));
    expect(fold('Erneuerung')).toContain(fold('neue'));
  });

  it('keeps roman numerals apart', () => {
    expect(fold('II')).not.toBe(fold('I'));
    expect(fold('XII')).not.toBe(fold('XI'));
  });

  it('drops other accents and normalises compatibility characters', () => {
    expect(fold('Café')).toBe('cafe');
    expect(normalizeText('ﬁnanzamt')).toBe('finanzamt');
  });

  it('splits words at spaces, punctuation, hyphens and slashes', () => {
    expect(splitWords('Kita-Gutschein (online), Existenzsicherung/Unterstützung')).toEqual([
      'kita',
      'gutschein',
      'online',
      'existenzsicherung',
      'unterstutzung',
    ]);
    expect(splitWords('   ')).toEqual([]);
  });

  it('also indexes a hyphenated word joined, so both spellings find it', () => {
    expect(indexWords('Kita-Gutschein beantragen')).toEqual({
      words: ['kita', 'gutschein', 'beantragen'],
      joined: ['kitagutschein'],
    });
  });
});
