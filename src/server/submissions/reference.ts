/**
 * Reference numbers a citizen can read out at the office: `LT-XXXX-XXXX-C`, eight random
 * characters of Crockford's base32 (0-9, A-Z without I, L, O, U: nothing to confuse) and one check
 * character from the same alphabet.
 *
 * The check character makes the weighted sum Σ 2^(9−i)·v_i over the field GF(32) zero (Horner:
 * p ← 2p ⊕ v). Every weight is a distinct non-zero field element, so every single changed
 * character and every swap of two neighbouring characters (the check character included) changes
 * the sum. ISO 7064 MOD 37,36 would need check characters outside the alphabet (I, L, O, U), Luhn
 * mod 32 misses the swap of "0" and "Z", and the hybrid MOD 33,32 misses 66 of 32,736 swaps.
 */
import { randomBytes } from 'node:crypto';

/** Crockford's base32 alphabet, in value order. */
export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The shape of a reference, e.g. `LT-7K4M-2QX9-C`. */
export const REFERENCE_PATTERN =
  /^LT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

// x^5 + x^2 + 1, a primitive polynomial: multiplication by 2 walks all 31 non-zero elements.
const REDUCTION = 0b100101;

function timesTwo(value: number): number {
  const shifted = value << 1;
  return shifted & 0b100000 ? shifted ^ REDUCTION : shifted;
}

function horner(values: readonly number[]): number {
  return values.reduce((sum, value) => timesTwo(sum) ^ value, 0);
}

function valuesOf(text: string): number[] | null {
  const values = [...text].map((char) => REFERENCE_ALPHABET.indexOf(char));
  return values.includes(-1) ? null : values;
}

/** The check character for reference characters (alphabet characters only). */
export function referenceCheckCharacter(characters: string): string {
  const values = valuesOf(characters);
  if (values === null) throw new RangeError('reference characters outside the alphabet');
  return REFERENCE_ALPHABET[timesTwo(horner(values))]!;
}

/** True when `reference` has the right shape and its check character matches. */
export function isValidReference(reference: string): boolean {
  if (!REFERENCE_PATTERN.test(reference)) return false;
  const values = valuesOf(reference.slice(3).replaceAll('-', ''));
  return values !== null && horner(values) === 0;
}

/** A new random reference (40 random bits); the caller retries when it is already taken. */
export function newReference(): string {
  const bytes = randomBytes(8);
  const characters = [...bytes].map((byte) => REFERENCE_ALPHABET[byte & 31]!).join('');
  const check = referenceCheckCharacter(characters);
  return `LT-${characters.slice(0, 4)}-${characters.slice(4)}-${check}`;
}
