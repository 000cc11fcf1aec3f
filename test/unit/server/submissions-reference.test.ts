import { describe, expect, it } from 'vitest';
import {
  isValidReference,
  newReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
  referenceCheckCharacter,
} from '../../../src/server/submissions/reference.ts';

/** The nine significant characters of a reference (eight random ones and the check). */
function significant(reference: string): string[] {
  return [...reference.replaceAll('-', '').slice(2)];
}

function format(characters: string[]): string {
  const text = characters.join('');
  return `LT-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

describe('reference numbers', () => {
  it('look like LT-XXXX-XXXX-C without I, L, O or U', () => {
    for (let index = 0; index < 1000; index++) {
      const reference = newReference();
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(3)).not.toMatch(/[ILOU]/);
      expect(isValidReference(reference)).toBe(true);
    }
  });

  it('are random: a thousand new ones do not repeat', () => {
    const references = new Set(Array.from({ length: 1000 }, () => newReference()));
    expect(references.size).toBe(1000);
  });

  it('detect every single changed character, the check character included', () => {
    for (let sample = 0; sample < 300; sample++) {
      const characters = significant(newReference());
      for (let position = 0; position < characters.length; position++) {
        for (const replacement of REFERENCE_ALPHABET) {
          if (replacement === characters[position]) continue;
          const changed = [...characters];
          changed[position] = replacement;
          expect(isValidReference(format(changed))).toBe(false);
        }
      }
    }
  });

  it('detect every swap of two different neighbouring characters', () => {
    for (let sample = 0; sample < 2000; sample++) {
      const characters = significant(newReference());
      for (let position = 0; position + 1 < characters.length; position++) {
        if (characters[position] === characters[position + 1]) continue;
        const swapped = [...characters];
        [swapped[position], swapped[position + 1]] = [swapped[position + 1]!, swapped[position]!];
        expect(isValidReference(format(swapped))).toBe(false);
      }
    }
  });

  it('detect the swap of 0 and Z that Luhn mod 32 would miss', () => {
    const check = referenceCheckCharacter('0Z000000');
    expect(isValidReference(`LT-0Z00-0000-${check}`)).toBe(true);
    expect(isValidReference(`LT-Z000-0000-${check}`)).toBe(false);
  });

  it('reject text of the wrong shape', () => {
    for (const text of ['', 'LT-0000-0000', 'LT-00000-000-0', 'lt-0000-0000-0', 'LT-IIII-0000-0']) {
      expect(isValidReference(text)).toBe(false);
    }
  });
});
