/** The device token: a random secret the device made once; the server keeps only its hash. */
import { createHash } from 'node:crypto';

// 32 random bytes in base64url without padding are 43 characters.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** True when the header value looks like a device token (32 bytes, base64url). */
export function isDeviceToken(value: string | undefined): value is string {
  return value !== undefined && TOKEN_PATTERN.test(value);
}

/** SHA-256 hex of the token: what the database stores and compares. */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID (any version), the form an Idempotency-Key (a draft id) must have. */
export function isIdempotencyKey(value: string | undefined): value is string {
  return value !== undefined && UUID_PATTERN.test(value);
}
