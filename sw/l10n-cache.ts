import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare let self: ServiceWorkerGlobalScope;

/** Where the build puts every non-German translation chunk (see vite.config.ts). */
export const L10N_PREFIX = 'assets/l10n/';

/** Cache of the translation files of the languages this device has used. */
export const L10N_CACHE = 'lotse-l10n';

const entryUrl = (entry: PrecacheEntry | string): string =>
  typeof entry === 'string' ? entry : entry.url;

/** The build's files split into what is precached and the translation files by language. */
export function splitManifest(manifest: readonly (PrecacheEntry | string)[]): {
  precache: (PrecacheEntry | string)[];
  translations: Map<string, string[]>;
} {
  const precache: (PrecacheEntry | string)[] = [];
  const translations = new Map<string, string[]>();
  for (const entry of manifest) {
    const url = entryUrl(entry);
    if (!url.startsWith(L10N_PREFIX)) {
      precache.push(entry);
      continue;
    }
    const lang = url.slice(L10N_PREFIX.length).split('/')[0] ?? '';
    translations.set(lang, [...(translations.get(lang) ?? []), url]);
  }
  return { precache, translations };
}

const absolute = (url: string): string => new URL(url, self.registration.scope).href;

/**
 * Translations are not precached (eleven languages would cost every phone all of them). A
 * language's files are cached when the page chooses it (`cacheLanguage`), kept through updates
 * for every language this device used (`refreshUsedLanguages` at install), and answered
 * cache-first: file names carry a content hash, so a cached file never goes stale.
 */
export function cacheTranslations(translations: ReadonlyMap<string, readonly string[]>): void {
  const current = new Set([...translations.values()].flat().map(absolute));
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`/${L10N_PREFIX}`),
    new CacheFirst({ cacheName: L10N_CACHE }),
  );
  self.addEventListener('install', (event) => {
    event.waitUntil(refreshUsedLanguages(translations));
  });
  self.addEventListener('activate', (event) => {
    event.waitUntil(dropOldFiles(current));
  });
}

/** Puts every file of a language into the cache (those already there are kept). */
export async function cacheLanguage(
  translations: ReadonlyMap<string, readonly string[]>,
  lang: string,
): Promise<void> {
  const cache = await caches.open(L10N_CACHE);
  const missing: string[] = [];
  for (const url of (translations.get(lang) ?? []).map(absolute)) {
    if (!(await cache.match(url))) missing.push(url);
  }
  await cache.addAll(missing);
}

/** At install: the new build's files of every language the device has cached before. */
async function refreshUsedLanguages(translations: ReadonlyMap<string, readonly string[]>) {
  const cache = await caches.open(L10N_CACHE);
  const used = new Set<string>();
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname.slice(`/${L10N_PREFIX}`.length);
    used.add(path.split('/')[0] ?? '');
  }
  // A language that fails to download now is fetched again when it is next used online.
  await Promise.all(
    [...used].map((lang) => cacheLanguage(translations, lang).catch(() => undefined)),
  );
}

/** At activation: files of earlier builds go. */
async function dropOldFiles(current: ReadonlySet<string>): Promise<void> {
  const cache = await caches.open(L10N_CACHE);
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
}
