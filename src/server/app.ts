import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { catalogueRoutes } from './http/catalogue-routes.ts';
import { deviceAuth } from './http/device-auth.ts';
import { devicesRoutes } from './http/devices-routes.ts';
import { ApiError, isApiPath, jsonError } from './http/errors.ts';
import { formsRoutes } from './http/forms-routes.ts';
import {
  addressLimit,
  DEFAULT_RATE_LIMITS,
  limiterFor,
  type RateLimits,
} from './http/rate-limit.ts';
import { redactedError } from './http/redact.ts';
import { securityHeaders } from './http/security-headers.ts';
import { CSP_REPORT_PATH, receiveCspReport } from './http/csp-reports.ts';
import { staticFiles } from './http/static-files.ts';
import { submissionsRoutes } from './http/submissions-routes.ts';
import type { Database } from './storage/schema.ts';

/** Largest request body the API accepts, in bytes. */
export const API_BODY_LIMIT = 1024 * 1024;

/** What the app needs from outside; tests pass their own. */
export interface AppDeps {
  /** The migrated database. */
  db: Kysely<Database>;
  /** Folder with the built PWA. */
  staticDir: string;
  /**
   * Where unexpected errors are reported (default: console.error). It receives a redacted copy
   * (`http/redact.ts`): names, codes and stack frames, never messages, paths, headers or bodies.
   */
  logError?: (error: unknown) => void;
  /** Rate limits (default DEFAULT_RATE_LIMITS; NO_RATE_LIMITS for loopback load tests). */
  rateLimits?: RateLimits;
  /** Count X-Forwarded-For's last entry as the client address (behind our own proxy). */
  trustProxy?: boolean;
  /** Accept plaintext submissions: tests of the old validation path only, never `npm start`. */
  allowPlaintextSubmissions?: boolean;
}

/** Builds the HTTP app (API and static PWA) without listening, so tests can drive it. */
export function createApp(deps: AppDeps): Hono {
  const logError = deps.logError ?? ((error: unknown) => console.error(error));
  const limits = deps.rateLimits ?? DEFAULT_RATE_LIMITS;
  const trustProxy = deps.trustProxy ?? false;
  const now = () => new Date();
  const app = new Hono();

  app.use('*', securityHeaders());
  // Cheapest refusals first: a flood or a stranger is turned away before any body is read.
  app.use('/api/*', addressLimit(limiterFor(limits.address), trustProxy));
  // Fail closed: every API path but the public ones needs a device, also routes added later.
  app.use('/api/*', deviceAuth({ db: deps.db, limiter: limiterFor(limits.device), now }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: API_BODY_LIMIT,
      onError: (c) => jsonError(c, 413, 'payload_too_large', 'The request body is too large.'),
    }),
  );

  app.get('/api/v1/health', (c) => c.json({ ok: true }, 200, { 'Cache-Control': 'no-store' }));
  app.post(CSP_REPORT_PATH, (c) => receiveCspReport(c));
  app.route('/api/v1/catalogue', catalogueRoutes(deps.db));
  app.route('/api/v1/forms', formsRoutes({ db: deps.db, logError }));
  app.route(
    '/api/v1/submissions',
    submissionsRoutes({ db: deps.db, allowPlaintext: deps.allowPlaintextSubmissions === true }),
  );
  app.route(
    '/api/v1/devices',
    devicesRoutes({
      db: deps.db,
      registrationLimiter: limiterFor(limits.registration),
      failedEnrollmentLimiter: limiterFor(limits.failedEnrollment),
      trustProxy,
      now,
    }),
  );
  app.all('/api/*', (c) =>
    jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`),
  );

  app.get('*', staticFiles(deps.staticDir));

  app.notFound((c) =>
    isApiPath(c.req.path)
      ? jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`)
      : c.text('Not found', 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return jsonError(c, error.status, error.code, error.message);
    logError(redactedError(error, `${c.req.method} ${c.req.routePath}`));
    return isApiPath(c.req.path)
      ? jsonError(c, 500, 'internal', 'The server failed; try again later.')
      : c.text('Internal server error', 500);
  });
  return app;
}
