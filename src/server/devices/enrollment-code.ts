/**
 * Enrollment codes: short, read aloud or typed on a tablet, single use. Ten characters of
 * Crockford's base32 (no I, L, O, U) carry 50 random bits; typing O for 0 or I/L for 1 still works.
 */
import { createHash, randomInt } from 'node:crypto';

/** The characters a code is made of: Crockford's base32, nothing that reads like another. */
export const ENROLLMENT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a code, without the hyphen. */
export const ENROLLMENT_CODE_LENGTH = 10;

/** A new random code, shown as `XXXXX-XXXXX`. */
export function newEnrollmentCode(): string {
  let code = '';
  for (let index = 0; index < ENROLLMENT_CODE_LENGTH; index++) {
    code += ENROLLMENT_ALPHABET[randomInt(ENROLLMENT_ALPHABET.length)];
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The code as stored (upper case, no spaces or hyphens, O → 0, I/L → 1), or null when it cannot
 * be a code (wrong length or characters).
 */
export function normalizeEnrollmentCode(text: string): string | null {
  if (text.length > 64) return null;
  const code = text.toUpperCase().replace(/[\s-]/g, '').replaceAll('O', '0').replace(/[IL]/g, '1');
  if (code.length !== ENROLLMENT_CODE_LENGTH) return null;
  for (const char of code) if (!ENROLLMENT_ALPHABET.includes(char)) return null;
  return code;
}

/** SHA-256 hex of a normalised code: what the database keeps. */
export function hashEnrollmentCode(normalized: string): string {
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}
