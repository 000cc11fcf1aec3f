import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LANGUAGES, NAMESPACES, SOURCE_LANGUAGE, pickLanguage } from './languages.ts';

const STORAGE_KEY = 'lotse.language';

// Each language's strings are a separate chunk, loaded when that language is chosen.
const bundles = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

/** The app's i18next instance. */
export const i18n: I18n = i18next.createInstance();

/** Translate a key of the current language. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18n.t(...args)) as TFunction;

async function loadLanguage(code: string): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (i18n.hasResourceBundle(code, ns)) return;
      const load = bundles[`../../locales/${code}/${ns}.json`];
      if (load) i18n.addResourceBundle(code, ns, await load());
    }),
  );
}

function applyToDocument(code: string): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
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
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // Lit escapes everything it renders.
    returnNull: false,
    resources: {},
  });
  await Promise.all([loadLanguage(SOURCE_LANGUAGE), loadLanguage(code)]);
  await i18n.changeLanguage(code);
  applyToDocument(code);
}

/** Switches the UI language, remembers the choice and updates `<html lang dir>`. */
export async function changeLanguage(code: string): Promise<void> {
  await loadLanguage(code);
  await i18n.changeLanguage(code);
  applyToDocument(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembered across visits, but the switch itself worked.
  }
}
