import type { MiddlewareHandler } from 'hono';

/**
 * Content-Security-Policy for the built PWA, checked in Chromium against a Vite build of a Lit
 * element. `<style>` elements need no 'unsafe-inline': Lit puts `static styles` in constructed
 * stylesheets (adoptedStyleSheets), which CSP does not govern, and Vite emits CSS as files, so a
 * `<style>` inside a template is blocked. Style *attributes* are allowed (style-src-attr) because
 * Lit's styleMap sets the attribute on first render; attributes cannot add selectors or load
 * anything img-src does not allow.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Adds the security headers to every response, API and static alike. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}
