/**
 * Trusted Types (enforced by the server's CSP: `require-trusted-types-for 'script'`). The only
 * script URLs the app hands to sinks itself are its own worker and service worker, created from
 * plain strings by bundled code (Vite's `new Worker(new URL(…))`, workbox-window's register): the
 * default policy lets same-origin script URLs through and nothing else. There is deliberately no
 * createHTML or createScript: HTML goes through Lit's own policy ("lit-html"), and any other
 * string reaching an HTML or script sink is blocked and reported.
 */
interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): unknown;
}

/** Installs the default policy; must run before the worker or service worker is created. */
export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return; // Browsers without Trusted Types: the rest of the CSP still applies.
  factory.createPolicy('default', {
    createScriptURL(input) {
      const url = new URL(input, location.href);
      if (url.origin !== location.origin)
        throw new TypeError(`Script URL not allowed: ${url.origin}`);
      return url.href;
    },
  });
}
