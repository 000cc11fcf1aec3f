import { describe, expect, it } from 'vitest';
import { checkIdCardNumber, icaoCheckDigit } from '../../../src/validation/index.ts';

describe('ICAO 9303 check digits (weights 7-3-1)', () => {
  it('computes the check digits of the ICAO 9303 specimen documents', () => {
    // Part 4 (TD3 passport) specimen: document number L898902C3, check digit 6.
    expect(icaoCheckDigit('L898902C3')).toBe(6);
    // Part 5 (TD1 card) specimen: document number D23145890, check digit 7.
    expect(icaoCheckDigit('D23145890')).toBe(7);
    // Dates of the TD3 specimen: 740812 → 2, 120415 → 9.
    expect(icaoCheckDigit('740812')).toBe(2);
    expect(icaoCheckDigit('120415')).toBe(9);
  });

  it('counts the filler < as zero', () => {
    expect(icaoCheckDigit('AB<<<')).toBe(icaoCheckDigit('AB000'));
  });
});

describe('Personalausweis document number', () => {
  it('accepts the specimen card of Erika Mustermann: T22000129 with check digit 3', () => {
    expect(icaoCheckDigit('T22000129')).toBe(3);
    expect(checkIdCardNumber('T220001293')).toBeNull();
  });

  it('accepts the nine characters printed on the front, in lower case or with spaces', () => {
    expect(checkIdCardNumber('T22000129')).toBeNull();
    expect(checkIdCardNumber('t2200 0129 3')).toBeNull();
  });

  it('rejects a wrong check digit and a changed character', () => {
    expect(checkIdCardNumber('T220001294')).toBe('idCardNumber.checksum');
    expect(checkIdCardNumber('T220001393')).toBe('idCardNumber.checksum');
  });

  it('rejects letters German cards never use: vowels, B, D, Q, S (an O typed for a 0)', () => {
    expect(checkIdCardNumber('T22OO0129')).toBe('idCardNumber.format');
    expect(checkIdCardNumber('A22000129')).toBe('idCardNumber.format');
    expect(checkIdCardNumber('D23145890')).toBe('idCardNumber.format');
    expect(checkIdCardNumber('T22S00129')).toBe('idCardNumber.format');
  });

  it('rejects numbers that are too short or too long', () => {
    expect(checkIdCardNumber('T2200012')).toBe('idCardNumber.format');
    expect(checkIdCardNumber('T2200012934')).toBe('idCardNumber.format');
  });
});
