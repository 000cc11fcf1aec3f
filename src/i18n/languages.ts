/** A UI language Lotse offers. */
export interface Language {
  /** BCP 47 code, also the folder name under locales/. */
  code: string;
  /** The language's name in its own language and script (for the picker). */
  nativeName: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
}

/** UI languages, German first (the source language), each named in its own language and script. */
export const LANGUAGES: readonly Language[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'de-x-ls', nativeName: 'Leichte Sprache', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr' },
  { code: 'bg', nativeName: 'Български', dir: 'ltr' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
];

/** The language every string exists in, and the fallback for missing ones. */
export const SOURCE_LANGUAGE = 'de';

/** Namespaces of locales/<lng>/<ns>.json loaded with a language (German has no 'content'). */
export const NAMESPACES = [
  'common',
  'catalogue',
  'ui',
  'forms',
  'validation',
  'drafts',
  'content',
] as const;

/** Writing direction of a language code ('ltr' for unknown codes). */
export const languageDirection = (code: string): 'ltr' | 'rtl' =>
  LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';

/** The primary language subtag, for voices and Intl ("de-x-ls" → "de"). */
export const primaryLanguage = (code: string): string => code.split('-')[0] ?? code;

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
