import { describe, expect, it } from 'vitest';
import { formatLastChange } from '../../../src/drafts/format-change.ts';
import { formatBytes } from '../../../src/drafts/storage-status.ts';

const NOW = Date.UTC(2026, 2, 12, 14, 5);
const MINUTE = 60_000;

describe('last change of a draft', () => {
  it('says "jetzt" for a change in the last minute', () => {
    expect(formatLastChange(NOW - 20_000, NOW, 'de')).toBe('jetzt');
  });

  it('counts minutes and hours within the last day, in the UI language', () => {
    expect(formatLastChange(NOW - 5 * MINUTE, NOW, 'de')).toBe('vor 5 Minuten');
    expect(formatLastChange(NOW - 5 * MINUTE, NOW, 'en')).toBe('5 minutes ago');
    expect(formatLastChange(NOW - 3 * 60 * MINUTE, NOW, 'de')).toBe('vor 3 Stunden');
  });

  it('gives date and time for older changes', () => {
    const older = NOW - 3 * 24 * 60 * MINUTE;
    const expected = new Intl.DateTimeFormat('de', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(older);
    expect(formatLastChange(older, NOW, 'de')).toBe(expected);
    expect(expected).toMatch(/^09\.03\.2026, \d\d:05$/);
  });
});

// ICU separates some units with a no-break space: compare the words, not the kind of space.
const bytes = (count: number, language: string) =>
  formatBytes(count, language).replace(/\s/gu, ' ');

describe('storage sizes', () => {
  it('reads like "2,3 MB von 1,2 GB" in German', () => {
    expect(bytes(2_345_678, 'de')).toBe('2,3 MB');
    expect(bytes(1_234_567_890, 'de')).toBe('1,2 GB');
  });

  it('uses the UI language and whole numbers for small and large values', () => {
    expect(bytes(2_345_678, 'en')).toBe('2.3 MB');
    expect(bytes(512, 'de')).toBe('512 Byte');
    expect(bytes(345_600_000, 'de')).toBe('346 MB');
  });
});
