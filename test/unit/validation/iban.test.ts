import { describe, expect, it } from 'vitest';
import { checkIban, ibanLength, isValidIban } from '../../../src/validation/index.ts';

// Example IBANs of the SWIFT IBAN Registry (one per country, each verified here by MOD 97-10).
const REGISTRY_EXAMPLES = [
  'DE89370400440532013000',
  'AT611904300234573201',
  'BE68539007547034',
  'CH9300762011623852957',
  'DK5000400440116243',
  'ES9121000418450200051332',
  'FI2112345600000785',
  'FR1420041010050500013M02606',
  'GB82WEST12345698765432',
  'IE29AIBK93115212345678',
  'IT60X0542811101000000123456',
  'LI21088100002324013AA',
  'LU280019400644750000',
  'MT84MALT011000012345MTLCAST001S',
  'NL91ABNA0417164300',
  'NO9386011117947',
  'PL61109010140000071219812874',
  'PT50000201231234567890154',
  'SE4550000000058398257466',
];

describe('IBAN (ISO 13616, MOD 97-10)', () => {
  it.each(REGISTRY_EXAMPLES)('accepts the registry example %s', (iban) => {
    expect(checkIban(iban)).toBeNull();
  });

  it('accepts the German example as printed on paper, with spaces and in lower case', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('  de89 3704 0044 0532 0130 00 ')).toBe(true);
  });

  it('rejects the German example with one digit changed as a wrong check digit', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 01')).toBe('iban.checksum');
    expect(checkIban('DE88 3704 0044 0532 0130 00')).toBe('iban.checksum');
  });

  it('rejects two swapped digits, the most common typing mistake', () => {
    expect(checkIban('DE89 3704 0044 0532 0131 00')).toBe('iban.checksum');
    expect(checkIban('DE89 3704 0044 0523 0130 00')).toBe('iban.checksum');
  });

  it('rejects an IBAN with a digit missing or added as the wrong length', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 0')).toBe('iban.length');
    expect(checkIban('DE89 3704 0044 0532 0130 000')).toBe('iban.length');
    expect(checkIban('NL91ABNA04171643001')).toBe('iban.length');
  });

  it('rejects unknown country codes and text that is no IBAN at all', () => {
    expect(checkIban('XX89370400440532013000')).toBe('iban.country');
    expect(checkIban('3704 0044 0532 0130 00')).toBe('iban.format');
    expect(checkIban('DE89-3704-0044-0532-0130-0€')).toBe('iban.format');
    expect(checkIban('')).toBe('iban.format');
  });

  it('rejects letters in the account part of a German IBAN', () => {
    expect(checkIban('DE89370400440532O13000')).toBe('iban.format');
  });

  it('knows the registered lengths of Germany and its neighbours', () => {
    expect(ibanLength('de')).toBe(22);
    expect(ibanLength('AT')).toBe(20);
    expect(ibanLength('FR')).toBe(27);
    expect(ibanLength('US')).toBeUndefined();
  });
});
