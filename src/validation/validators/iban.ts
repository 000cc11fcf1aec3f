/**
 * IBAN check (ISO 13616): country code, the length registered for that country, and the
 * ISO 7064 MOD 97-10 check digits. Lengths from the SWIFT IBAN Registry.
 */

/** Why an IBAN was rejected (validation codes). */
export type IbanProblem = 'iban.format' | 'iban.country' | 'iban.length' | 'iban.checksum';

// SWIFT IBAN Registry: total IBAN length per country code.
const LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** The IBAN without spaces, in capitals (how it is stored and checked). */
export function compactIban(value: string): string {
  return value.replace(/[\s\u00a0-]/g, '').toUpperCase();
}

/** Null when the IBAN is valid, else what is wrong. Spaces and lower case are fine. */
export function checkIban(value: string): IbanProblem | null {
  const iban = compactIban(value);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return 'iban.format';
  const expected = Object.hasOwn(LENGTHS, iban.slice(0, 2)) ? LENGTHS[iban.slice(0, 2)] : undefined;
  if (expected === undefined) return 'iban.country';
  if (iban.length !== expected) return 'iban.length';
  // German BBAN: 8-digit bank code and 10-digit account number, digits only.
  if (iban.startsWith('DE') && !/^DE[0-9]{20}$/.test(iban)) return 'iban.format';
  return ibanRemainder(iban) === 1 ? null : 'iban.checksum';
}

/** True for a valid IBAN. */
export function isValidIban(value: string): boolean {
  return checkIban(value) === null;
}

/** The registered IBAN length of a country, if it uses IBANs. */
export function ibanLength(countryCode: string): number | undefined {
  const code = countryCode.toUpperCase();
  return Object.hasOwn(LENGTHS, code) ? LENGTHS[code] : undefined;
}

/** MOD 97-10 of the rearranged IBAN (letters A=10 … Z=35), digit by digit to stay in range. */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const value = code <= 57 ? code - 48 : code - 55;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}
