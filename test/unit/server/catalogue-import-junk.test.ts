import { describe, expect, it } from 'vitest';
import { isJunkName, isJunkValue } from '../../../src/server/catalogue/junk.ts';

describe('isJunkName', () => {
  it.each([
    'Test 4',
    'Test 124',
    'test',
    'aaaaabbbbb',
    'sdesf',
    'asdqw',
    'wqfwe',
    'Dummy',
    '',
    '   ',
    '1234',
    '§',
  ])('flags %j as test data', (name) => expect(isJunkName(name)).toBe(true));

  it.each([
    'Schule',
    'Tod',
    'Geburt',
    'Bergbau',
    'Klage',
    'Zoo',
    'Binnenschifffahrt-Kennzeichnungsverordnung',
    'Testament Eröffnung',
    'abgeschleppte Fahrzeuge',
    'Ein- & Auswanderung',
    'VIIIc',
  ])('keeps the real name %j', (name) => expect(isJunkName(name)).toBe(false));
});

describe('isJunkValue', () => {
  it.each(['2/3', '1, 2/3', '44', 'BGB', 'SGB V', 'KrWG', '§ 17 BMG'])(
    'keeps the real value %j',
    (value) => expect(isJunkValue(value)).toBe(false),
  );
});
