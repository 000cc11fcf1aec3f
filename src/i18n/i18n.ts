import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import {
  LANGUAGES,
  NAMESPACES,
  SOURCE_LANGUAGE,
  languageDirection,
  pickLanguage,
} from './languages.ts';

const STORAGE_KEY = 'lotse.language';

// Each language's files are separate chunks, fetched when that language is used (the service
// worker keeps them once fetched). German content and form files are not needed at run time:
// the German words are in the catalogue and the form definitions themselves.
const bundles = import.meta.glob<Record<string, unknown>>(
  ['../../locales/*/*.json', '!../../locales/de/content.json', '!../../locales/de/form-*.json'],
  { import: 'default' },
);

const fileOf = (code: string, ns: string): string => `../../locales/${code}/${ns}.json`;

/** The app's i18next instance. */
export const i18n: I18n = i18next.createInstance();

/** Translate a key of the current language. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18n.t(...args)) as TFunction;

/** Loads one namespace of one language if it exists and is not loaded; false when it has none. */
export async function loadNamespace(code: string, ns: string): Promise<boolean> {
  if (i18n.hasResourceBundle(code, ns)) return true;
  const load = bundles[fileOf(code, ns)];
  if (!load) return false;
  try {
    i18n.addResourceBundle(code, ns, await load());
    return true;
  } catch {
    return false; // Offline before this file was ever fetched: the caller falls back to German.
  }
}

/** Loads a language's UI namespaces; false when one of them could not be loaded (offline). */
export async function ensureLanguage(code: string): Promise<boolean> {
  const loaded = await Promise.all(
    NAMESPACES.filter((ns) => bundles[fileOf(code, ns)]).map((ns) => loadNamespace(code, ns)),
  );
  return loaded.every(Boolean);
}

/**
 * Asks the service worker to keep every file of a language (form words too), so that a
 * language chosen online works completely offline. The page itself loads only what it shows.
 */
export function prefetchLanguage(code: string): void {
  if (code === SOURCE_LANGUAGE || !('serviceWorker' in navigator)) return; // German is precached.
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: 'CACHE_LANGUAGE', lang: code }),
  );
}

function applyToDocument(code: string): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = languageDirection(code);
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage blocked (private mode): follow the browser instead.
  }
}

/** Loads the remembered language (or the browser's best match) and German as fallback. */
export async function initI18n(): Promise<void> {
  const stored = storedLanguage();
  const code = pickLanguage(stored ? [stored] : navigator.languages);
  await i18n.init({
    lng: code,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: LANGUAGES.map((language) => language.code),
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // Lit escapes everything it renders.
    returnNull: false,
    resources: {},
  });
  // Every language has every key (test/unit/i18n), so German is only needed when the chosen
  // language cannot be loaded (offline before its files were ever cached).
  const usable = await ensureLanguage(code);
  if (!usable) await ensureLanguage(SOURCE_LANGUAGE);
  await i18n.changeLanguage(usable ? code : SOURCE_LANGUAGE);
  applyToDocument(usable ? code : SOURCE_LANGUAGE);
  prefetchLanguage(code);
}

/** Switches the UI language, remembers the choice and updates `<html lang dir>`. */
export async function changeLanguage(code: string): Promise<void> {
  if (!(await ensureLanguage(code))) return; // Offline and never cached: keep the current one.
  await i18n.changeLanguage(code);
  applyToDocument(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembered across visits, but the switch itself worked.
  }
  prefetchLanguage(code);
}

/** Whether a key exists in a language itself (not through the German fallback). */
export const hasOwnTranslation = (code: string, key: string, ns: string): boolean =>
  i18n.exists(key, { ns, lng: code, fallbackLng: false });
