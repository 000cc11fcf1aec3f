import { describe, expect, it } from 'vitest';
import { formatWait } from '../../../src/security/ui/format-wait.ts';

describe('waiting times on the lock screen', () => {
  it('says seconds in words of the UI language', () => {
    expect(formatWait(8_000, 'de')).toBe('8 Sekunden');
    expect(formatWait(1_000, 'de')).toBe('1 Sekunde');
    expect(formatWait(8_000, 'en')).toBe('8 seconds');
  });

  it('rounds up, so a refused try never reads "0 seconds"', () => {
    expect(formatWait(200, 'de')).toBe('1 Sekunde');
    expect(formatWait(7_001, 'de')).toBe('8 Sekunden');
  });

  it('adds minutes for longer delays (the policy caps them at 5 minutes)', () => {
    expect(formatWait(65_000, 'de')).toBe('1 Minute, 5 Sekunden');
    expect(formatWait(300_000, 'de')).toBe('5 Minuten');
    expect(formatWait(64_500, 'en')).toBe('1 minute, 5 seconds');
  });

  it('never counts below zero', () => {
    expect(formatWait(-5_000, 'de')).toBe('0 Sekunden');
  });
});
