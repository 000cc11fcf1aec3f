import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { registerCitizenDevice } from '../devices/device-store.ts';
import { EnrollmentError, redeemEnrollmentCode } from '../devices/enrollment.ts';
import type { Database } from '../storage/schema.ts';
import { isDeviceToken } from '../submissions/device-token.ts';
import { clientAddress } from './client-address.ts';
import { bearerToken } from './device-auth.ts';
import { ApiError, jsonError } from './errors.ts';
import { tooManyRequests, type RateLimiter } from './rate-limit.ts';

/** Largest body POST /api/v1/devices accepts: a code fits in a few dozen bytes. */
export const DEVICES_BODY_LIMIT = 4 * 1024;

/** What devicesRoutes needs. */
export interface DevicesRoutesOptions {
  db: Kysely<Database>;
  /** Citizen registrations per client address, or null for no limit. */
  registrationLimiter: RateLimiter | null;
  /** Refused codes per client address, or null for no limit. */
  failedEnrollmentLimiter: RateLimiter | null;
  /** Count X-Forwarded-For's last entry as the client (behind our own load balancer). */
  trustProxy: boolean;
  /** The clock. */
  now: () => Date;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * POST /api/v1/devices (public): `{}` registers a citizen device, `{ "enrollmentCode": "…" }`
 * enrolls a staff device. 201 `{ deviceId, token, kind }`; 200 when the sender's own valid
 * token (Authorization: Bearer) was turned into a staff credential.
 */
export function devicesRoutes(options: DevicesRoutesOptions): Hono {
  const { db, now } = options;
  const routes = new Hono();
  routes.post(
    '/',
    bodyLimit({
      maxSize: DEVICES_BODY_LIMIT,
      onError: (c) =>
        jsonError(c, 413, 'payload_too_large', 'The request body is too large (4 KiB at most).'),
    }),
    async (c) => {
      const { enrollmentCode } = parseDeviceRequest(await c.req.text());
      const address = clientAddress(c, options.trustProxy);
      if (enrollmentCode === undefined) {
        const wait = options.registrationLimiter?.take(address) ?? 0;
        if (wait > 0) return tooManyRequests(c, wait, 'Too many new devices from this address');
        return c.json(await registerCitizenDevice(db, now()), 201, NO_STORE);
      }
      return enroll(c, enrollmentCode, address);
    },
  );

  async function enroll(c: Context, code: string, address: string): Promise<Response> {
    const limiter = options.failedEnrollmentLimiter;
    const wait = limiter?.wait(address) ?? 0;
    if (wait > 0)
      return tooManyRequests(c, wait, 'Too many wrong enrollment codes from this address');
    const token = bearerToken(c);
    const current = isDeviceToken(token) ? token : undefined;
    try {
      const credential = await redeemEnrollmentCode(db, code, now(), current);
      return c.json(credential, credential.token === current ? 200 : 201, NO_STORE);
    } catch (error) {
      if (!(error instanceof EnrollmentError)) throw error;
      limiter?.take(address);
      throw new ApiError(403, error.code, error.message);
    }
  }

  return routes;
}

/** The body's enrollment code, if any; 400 for anything but `{}` or `{ "enrollmentCode": string }`. */
export function parseDeviceRequest(text: string): { enrollmentCode?: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(
      400,
      'invalid_json',
      'Send a JSON object: {} for a citizen device, or { "enrollmentCode": "…" } for a staff tablet.',
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('The body must be a JSON object.');
  }
  const extra = Object.keys(body).filter((key) => key !== 'enrollmentCode');
  if (extra.length > 0) throw invalid(`Unknown field "${extra[0]!.slice(0, 40)}".`);
  const { enrollmentCode } = body as { enrollmentCode?: unknown };
  if (enrollmentCode === undefined) return {};
  if (
    typeof enrollmentCode !== 'string' ||
    enrollmentCode.length === 0 ||
    enrollmentCode.length > 64
  ) {
    throw invalid('"enrollmentCode" must be a string of 1 to 64 characters.');
  }
  return { enrollmentCode };
}

function invalid(message: string): ApiError {
  return new ApiError(400, 'invalid_request', message);
}
