import { describe, expect, it } from 'vitest';
import {
  checkNewPin,
  createPinPolicy,
  DEFAULT_MAX_ATTEMPTS,
  MAX_DELAY_MS,
  pinDelayAfter,
} from '../../../src/security/pin-policy.ts';

describe('the wrong-PIN delay', () => {
  it('costs nothing for the first three wrong PINs', () => {
    expect([0, 1, 2, 3].map(pinDelayAfter)).toEqual([0, 0, 0, 0]);
  });

  it('then doubles from one second', () => {
    expect([4, 5, 6, 7, 8, 9, 10].map(pinDelayAfter)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000,
    ]);
  });

  it('stops growing at five minutes, however many failures', () => {
    expect(pinDelayAfter(12)).toBe(256_000);
    expect(pinDelayAfter(13)).toBe(MAX_DELAY_MS);
    expect(pinDelayAfter(1_000_000)).toBe(300_000);
  });

  it('refuses a failure count that is negative or not an integer', () => {
    expect(() => pinDelayAfter(-1)).toThrow(RangeError);
    expect(() => pinDelayAfter(1.5)).toThrow(RangeError);
    expect(() => pinDelayAfter(Number.NaN)).toThrow(RangeError);
  });

  it('tells when the next try is allowed', () => {
    const policy = createPinPolicy();
    const at = Date.UTC(2025, 0, 1, 9, 0, 0);
    expect(policy.nextAllowedAt(0, at)).toBe(at);
    expect(policy.nextAllowedAt(3, at)).toBe(at);
    expect(policy.nextAllowedAt(4, at)).toBe(at + 1_000);
    expect(policy.nextAllowedAt(9, at)).toBe(at + 32_000);
  });
});

describe('the wipe after too many wrong PINs', () => {
  it('allows ten wrong PINs by default and wipes at the tenth', () => {
    const policy = createPinPolicy();
    expect(policy.maxAttempts).toBe(DEFAULT_MAX_ATTEMPTS);
    expect(policy.attemptsLeft(0)).toBe(10);
    expect(policy.attemptsLeft(9)).toBe(1);
    expect(policy.mustWipe(9)).toBe(false);
    expect(policy.mustWipe(10)).toBe(true);
    expect(policy.mustWipe(11)).toBe(true);
    expect(policy.attemptsLeft(11)).toBe(0);
  });

  it('warns once three or fewer tries are left, before the wipe', () => {
    const policy = createPinPolicy();
    const warned = Array.from({ length: 11 }, (_, failures) => policy.shouldWarn(failures));
    expect(warned).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('takes a configured number of attempts', () => {
    const policy = createPinPolicy({ maxAttempts: 5 });
    expect(policy.attemptsLeft(1)).toBe(4);
    expect(policy.shouldWarn(1)).toBe(false);
    expect(policy.shouldWarn(2)).toBe(true);
    expect(policy.mustWipe(4)).toBe(false);
    expect(policy.mustWipe(5)).toBe(true);
  });

  it('warns from the first wrong PIN when only a few attempts are configured', () => {
    const policy = createPinPolicy({ maxAttempts: 3 });
    expect(policy.shouldWarn(0)).toBe(true);
    expect(policy.mustWipe(3)).toBe(true);
  });

  it('refuses a configuration without a positive whole number of attempts', () => {
    expect(() => createPinPolicy({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => createPinPolicy({ maxAttempts: 2.5 })).toThrow(RangeError);
  });
});

describe('rules for a new PIN', () => {
  it('accepts six characters that follow no pattern', () => {
    for (const pin of ['482915', '730264', 'Kx7#pq', 'Sonnenblume 42']) {
      expect(checkNewPin(pin), pin).toBeNull();
    }
  });

  it('refuses fewer than six characters as too short', () => {
    for (const pin of ['', '4829', '48291', 'äöüß!'])
      expect(checkNewPin(pin), pin).toBe('tooShort');
  });

  it('counts characters, not UTF-16 units or decomposed accents', () => {
    expect(checkNewPin('😀🙂🙃😉😊')).toBe('tooShort');
    // Five letters typed with combining accents are still five characters after NFC.
    expect(checkNewPin('e\u0301a\u0300o\u0302u\u0308i\u0301')).toBe('tooShort');
  });

  it('refuses repeated digits and repeated short units as too simple', () => {
    for (const pin of ['000000', '111111', '999999', '121212', '123123', 'aaaaaa', '0000000000']) {
      expect(checkNewPin(pin), pin).toBe('tooSimple');
    }
  });

  it('refuses ascending and descending sequences as too simple', () => {
    for (const pin of ['123456', '012345', '456789', '12345678', 'abcdef', '654321']) {
      expect(checkNewPin(pin), pin).toBe('tooSimple');
    }
  });

  it('refuses well-known PINs that follow no simple pattern', () => {
    for (const pin of ['112233', '159753', '147258'])
      expect(checkNewPin(pin), pin).toBe('tooSimple');
  });
});
