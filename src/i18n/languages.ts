/** A UI language Lotse offers. */
export interface Language {
  /** BCP 47 code, also the folder name under locales/. */
  code: string;
  /** The language's name in its own language and script (for the picker). */
  nativeName: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
}

/** UI languages, German first (the source language). More follow with their translations. */
export const LANGUAGES: readonly Language[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
];

/** The language every string exists in, and the fallback for missing ones. */
export const SOURCE_LANGUAGE = 'de';

/** Namespaces of locales/<lng>/<ns>.json. */
export const NAMESPACES = ['common', 'catalogue', 'ui', 'forms', 'validation', 'drafts'] as const;

/**
 * The best supported language for a list of preferences (navigator.languages order):
 * exact match first, then the primary subtag ("de-AT" → "de"), else German.
 */
export function pickLanguage(preferences: readonly string[]): string {
  const supported = new Set(LANGUAGES.map((language) => language.code));
  for (const preference of preferences) {
    const code = preference.toLowerCase();
    if (supported.has(code)) return code;
    const primary = code.split('-')[0] ?? '';
    if (supported.has(primary)) return primary;
  }
  return SOURCE_LANGUAGE;
}
