/**
 * Authentication of the non-public API: every request needs `Authorization: Bearer <token>` of a
 * known, not revoked device. Checked against the database on every request (no cache), so a
 * revocation holds at once on every server process.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { findDevice, touchDevice, type DeviceKind } from '../devices/device-store.ts';
import type { Database } from '../storage/schema.ts';
import { hashDeviceToken, isDeviceToken } from '../submissions/device-token.ts';
import { CSP_REPORT_PATH } from './csp-reports.ts';
import { ApiError, jsonError } from './errors.ts';
import { tooManyRequests, type RateLimiter } from './rate-limit.ts';

/** The device that sent the request, once authenticated. */
export interface AuthenticatedDevice {
  /** Server id. */
  id: string;
  /** Staff tablet or citizen phone. */
  kind: DeviceKind;
  /** SHA-256 hex of its token: what submissions are filed under. */
  tokenHash: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by deviceAuth on authenticated requests. */
    device: AuthenticatedDevice;
  }
}

/** What deviceAuth needs. */
export interface DeviceAuthOptions {
  db: Kysely<Database>;
  /** Requests per device, or null for no limit. */
  limiter: RateLimiter | null;
  /** The clock (last_seen_at). */
  now: () => Date;
}

const CHALLENGE = 'Bearer realm="lotse"';

/**
 * The API paths anyone may call: health, catalogue, forms, registering a device, and the
 * browser's CSP violation reports (sent without our headers).
 */
export function isPublicApiPath(path: string): boolean {
  return (
    path === '/api/v1/health' ||
    path === '/api/v1/catalogue' ||
    path === '/api/v1/catalogue/version' ||
    path === '/api/v1/forms' ||
    /^\/api\/v1\/forms\/[^/]+\/check$/.test(path) ||
    path === '/api/v1/devices' ||
    path === CSP_REPORT_PATH
  );
}

/** The bearer token of the Authorization header, or undefined when there is none. */
export function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return match?.[1];
}

/**
 * Middleware for every non-public API path: 401 `unauthenticated` without a known token, 401
 * `device_revoked` for a revoked device (both with WWW-Authenticate), 429 when the device sends
 * too much; otherwise sets `c.var.device`.
 */
export function deviceAuth(options: DeviceAuthOptions): MiddlewareHandler {
  return async (c, next) => {
    if (isPublicApiPath(c.req.path)) return next();
    const token = bearerToken(c);
    if (!isDeviceToken(token)) {
      return refuse(
        c,
        'unauthenticated',
        token === undefined
          ? 'Send Authorization: Bearer <device token>; a device gets its token from POST /api/v1/devices.'
          : 'The device token is malformed; register the device again (POST /api/v1/devices).',
        token !== undefined,
      );
    }
    const tokenHash = hashDeviceToken(token);
    const device = await findDevice(options.db, tokenHash);
    if (device === undefined) {
      return refuse(
        c,
        'unauthenticated',
        'This device token is not known to the server; register the device again (POST /api/v1/devices).',
        true,
      );
    }
    if (device.revokedAt !== null) {
      return refuse(
        c,
        'device_revoked',
        'This device was revoked by an administrator; it can no longer send or read applications. Ask the administrator to enroll it again.',
        true,
      );
    }
    const wait = options.limiter?.take(device.id) ?? 0;
    if (wait > 0) return tooManyRequests(c, wait, 'Too many requests from this device');
    await touchDevice(options.db, device, options.now());
    c.set('device', { id: device.id, kind: device.kind, tokenHash });
    return next();
  };
}

/** The authenticated device of this request; 401 if deviceAuth did not run (a wiring mistake). */
export function authenticatedDevice(c: Context): AuthenticatedDevice {
  const device = c.get('device') as AuthenticatedDevice | undefined;
  if (device === undefined) {
    throw new ApiError(401, 'unauthenticated', 'This route needs an authenticated device.');
  }
  return device;
}

function refuse(c: Context, code: string, message: string, invalidToken: boolean): Response {
  c.header('WWW-Authenticate', invalidToken ? `${CHALLENGE}, error="invalid_token"` : CHALLENGE);
  return jsonError(c, 401, code, message);
}
