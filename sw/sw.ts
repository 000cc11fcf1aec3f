import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { parseSwRequest, type VersionReply } from './messages.ts';
import { APP_SHELL, NAVIGATION_DENYLIST } from './routes.ts';
import { buildVersion } from './version.ts';
import { listenForBackgroundSync } from './background-sync.ts';
import { cacheLanguage, cacheTranslations, splitManifest } from './l10n-cache.ts';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// vite-plugin-pwa replaces this expression with the list of built files; it must appear once.
const manifest = self.__WB_MANIFEST;
const version = buildVersion(manifest);
const { precache, translations } = splitManifest(manifest);

precacheAndRoute(precache);
cleanupOutdatedCaches();

// Every in-app route (/service/<leika-key>, /browse/<id>, ...) opens offline from the shell.
// /api/ gets no route at all, so the browser sends those requests to the network untouched and
// nothing here ever caches them: the app keeps the catalogue in IndexedDB and its version check
// must see the server's real answer.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(APP_SHELL), {
    denylist: [...NAVIGATION_DENYLIST],
  }),
);

// Claiming is safe with prompt-based updates: it only changes anything for pages that have no
// service worker yet (the very first visit), which then work offline without a reload. Pages
// already controlled switch to a new worker only when it activates, and a new worker activates
// only after the user asked for it (SKIP_WAITING) or every Lotse tab was closed.
clientsClaim();

cacheTranslations(translations);

listenForBackgroundSync();

self.addEventListener('message', (event) => {
  const request = parseSwRequest(event.data);
  if (request?.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
  } else if (request?.type === 'CACHE_LANGUAGE') {
    event.waitUntil(cacheLanguage(translations, request.lang));
  } else if (request?.type === 'GET_VERSION') {
    const reply: VersionReply = { type: 'VERSION', version };
    const port = event.ports[0];
    if (port) port.postMessage(reply);
    else event.source?.postMessage(reply);
  }
});
