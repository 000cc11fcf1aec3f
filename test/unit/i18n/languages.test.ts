import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/i18n/languages.ts';

describe('pickLanguage', () => {
  it('follows the first supported browser language, also by its primary subtag', () => {
    expect(pickLanguage(['en-GB', 'de'])).toBe('en');
    expect(pickLanguage(['fr-FR', 'de-AT'])).toBe('de');
  });

  it('falls back to German when nothing matches', () => {
    expect(pickLanguage(['fr', 'it'])).toBe('de');
    expect(pickLanguage([])).toBe('de');
  });
});
