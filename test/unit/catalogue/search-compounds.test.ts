import { describe, expect, it } from 'vitest';
import { CompoundSplitter } from '../../../src/catalogue/search/compounds.ts';

const splitter = new CompoundSplitter([
  'hunde',
  'steur',
  'wohnsitz',
  'wohnung',
  'sitz',
  'anmeldung',
  'parkausweis',
  'park',
  'ausweise',
  'kindergeld',
  'kinder',
  'geld',
  'land',
  'geburt',
  'urkunde',
  'geburtsurkunde',
  'sterbeurkunde',
]);

describe('compound splitting', () => {
  it('splits a compound at its linking element', () => {
    expect(splitter.split('hundesteur')).toEqual(['hunde', 'steur']);
    expect(splitter.split('geburtsurkunde')).toEqual(['geburt', 'urkunde']);
  });

  it('finds the parts of a written-together request', () => {
    expect(splitter.split('wohnsitzanmeldung')).toEqual(['wohnsitz', 'anmeldung', 'wohn', 'sitz']);
  });

  it('returns the parts of parts too', () => {
    expect(splitter.split('bewohnerparkausweis')).toEqual([
      'bewohner',
      'parkausweis',
      'park',
      'auswei',
    ]);
  });

  it('keeps the head when the modifier is unknown', () => {
    expect(splitter.split('baukindergeld')).toEqual(['kindergeld', 'kinder', 'geld']);
  });

  it('leaves words alone that are no compound of catalogue words', () => {
    expect(splitter.split('landschaft')).toEqual([]);
    expect(splitter.split('geld')).toEqual([]);
  });

  it('lists the catalogue compounds that end in a head', () => {
    expect(splitter.compoundsEndingWith('urkunde').sort()).toEqual([
      'geburtsurkunde',
      'sterbeurkunde',
    ]);
  });
});
