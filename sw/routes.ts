/** The precached page every in-app navigation is answered with (Vite root is src/). */
export const APP_SHELL = 'index.html';

/**
 * Navigations the app shell must not answer, matched against pathname + search as Workbox's
 * NavigationRoute does. Only the API: its answers carry the catalogue version the app checks, so
 * they always go to the network. File-like paths are not excluded because form ids contain dots
 * (e.g. a version "V1.2") and such routes must still open offline.
 */
export const NAVIGATION_DENYLIST: readonly RegExp[] = [/^\/api(?:[/?]|$)/];
