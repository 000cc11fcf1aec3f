import type { MiddlewareHandler } from 'hono';
import { CSP_REPORT_PATH } from './csp-reports.ts';

/**
 * Content-Security-Policy for the built PWA: no 'unsafe-inline' and no 'unsafe-eval' anywhere.
 * Lit puts `static styles` in constructed stylesheets (adoptedStyleSheets), which CSP does not
 * govern; Vite emits CSS as files; sizes reach shadow styles through CSSOM custom properties,
 * never style attributes. Trusted Types are enforced: HTML only through Lit's policy
 * ("lit-html"), script URLs only through the app's same-origin default policy
 * (src/app/trusted-types.ts). Violations are reported to CSP_REPORT_PATH and logged.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default lit-html',
  `report-uri ${CSP_REPORT_PATH}`,
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
