import { describe, expect, it } from 'vitest';
import { cistem } from '../../../src/catalogue/search/cistem.ts';
import { stemWord } from '../../../src/catalogue/search/stem.ts';
import { foldWord } from '../../../src/catalogue/search/normalize.ts';

const stem = (word: string) => stemWord(foldWord(word.toLowerCase()));

describe('CISTEM', () => {
  it('gives the stems of the reference examples', () => {
    expect(cistem('Speicherbehältern')).toBe('speicherbehalt');
    expect(cistem('Grenzpostens')).toBe('grenzpost');
    expect(cistem('Ausgefeiltere')).toBe('ausgefeilt');
    expect(cistem('schönes')).toBe('schon');
  });

  it('also strips -t from capitalised words in its case-insensitive mode', () => {
    expect(cistem('Speicherbehältern', { caseInsensitive: true })).toBe('speicherbehal');
    expect(cistem('Grenzpostens', { caseInsensitive: true })).toBe('grenzpo');
    expect(cistem('Ausgefeiltere', { caseInsensitive: true })).toBe('ausgefeil');
  });

  it.each([
    ['Aspekt Aspektes Aspekte Aspekten Aspekts'],
    ['Bezirkes Bezirks Bezirke Bezirken Bezirk'],
    ['Akkorden Akkords Akkorde Akkordes Akkord'],
    ['Apotheke Apotheken'],
    ['Arznei Arzneien'],
  ])('stems every word of the gold-standard group "%s" alike', (group) => {
    const stems = new Set(group.split(' ').map((word) => cistem(word)));
    expect(stems.size).toBe(1);
  });

  it('leaves the empty word alone', () => {
    expect(cistem('')).toBe('');
  });
});

describe('the search stemmer', () => {
  it('gives "anmelden", "Anmeldung" and "Anmeldungen" one stem', () => {
    expect(stem('anmelden')).toBe(stem('Anmeldung'));
    expect(stem('Anmeldungen')).toBe(stem('Anmeldung'));
  });

  it('stems "Wohnung" and "wohnen" to "wohn", the first part of "Wohnsitz"', () => {
    expect(stem('Wohnung')).toBe('wohn');
    expect(stem('wohnen')).toBe('wohn');
  });

  it('meets verb and noun forms that people type', () => {
    expect(stem('verlängern')).toBe(stem('Verlängerung'));
    expect(stem('berechnen')).toBe(stem('Berechnung'));
    expect(stem('Steuern')).toBe(stem('Steuer'));
  });

  it('does not take "Gewerbe" for "Werbung"', () => {
    expect(stem('Gewerbe')).not.toBe(stem('Werbung'));
  });
});
