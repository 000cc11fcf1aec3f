/**
 * Document numbers of German identity cards (Personalausweis) and passports: nine characters
 * from 0-9 and the consonants C F G H J K L M N P R T V W X Y Z, optionally followed by the ICAO
 * 9303 check digit as printed in the machine-readable zone.
 */

/** Why a document number was rejected (validation codes). */
export type IdCardNumberProblem = 'idCardNumber.format' | 'idCardNumber.checksum';

const WEIGHTS = [7, 3, 1] as const;

/** ICAO 9303 check digit: weights 7-3-1, digits 0–9, letters A=10 … Z=35, filler '<' = 0. */
export function icaoCheckDigit(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.toUpperCase().charCodeAt(i);
    let value: number;
    if (code >= 48 && code <= 57) value = code - 48;
    else if (code >= 65 && code <= 90) value = code - 55;
    else if (code === 60) value = 0;
    else throw new RangeError(`not an MRZ character: ${text[i]}`);
    total += value * WEIGHTS[i % 3]!;
  }
  return total % 10;
}

/** Null when the document number is valid, else what is wrong. Spaces and lower case are fine. */
export function checkIdCardNumber(value: string): IdCardNumberProblem | null {
  const number = value.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (!/^[0-9CFGHJKLMNPRTVWXYZ]{9}[0-9]?$/.test(number)) return 'idCardNumber.format';
  if (number.length === 9) return null;
  return icaoCheckDigit(number.slice(0, 9)) === Number(number[9]) ? null : 'idCardNumber.checksum';
}

/** True for a valid document number. */
export function isValidIdCardNumber(value: string): boolean {
  return checkIdCardNumber(value) === null;
}
