import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  ENROLLMENT_ALPHABET,
  newEnrollmentCode,
  normalizeEnrollmentCode,
} from '../../../src/server/devices/enrollment-code.ts';
import { clientAddress } from '../../../src/server/http/client-address.ts';
import { isPublicApiPath } from '../../../src/server/http/device-auth.ts';
import { RateLimiter } from '../../../src/server/http/rate-limit.ts';
import { redactedError } from '../../../src/server/http/redact.ts';

describe('enrollment codes', () => {
  it('are ten unambiguous characters in two groups, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newEnrollmentCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      expect(code).not.toMatch(/[ILOU]/);
      expect(normalizeEnrollmentCode(code)).toBe(code.replace('-', ''));
    }
    expect(ENROLLMENT_ALPHABET).toHaveLength(32);
  });

  it('read the way people type them, and refuse what cannot be a code', () => {
    expect(normalizeEnrollmentCode(' k7mqo-4xpzl ')).toBe('K7MQ04XPZ1');
    expect(normalizeEnrollmentCode('K7MQ0 4XPZ1')).toBe('K7MQ04XPZ1');
    expect(normalizeEnrollmentCode('K7MQ04XPZ')).toBeNull();
    expect(normalizeEnrollmentCode('K7MQ04XPZU')).toBeNull();
    expect(normalizeEnrollmentCode('K7MQ04XPZ!')).toBeNull();
    expect(normalizeEnrollmentCode('x'.repeat(65))).toBeNull();
  });
});

describe('the rate limiter', () => {
  it('grants the burst, then one request per refill interval, and says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, perSecond: 0.5 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(2000);
    expect(limiter.take('b')).toBe(0);
    now = 1000;
    expect(limiter.wait('a')).toBe(1000);
    now = 2000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(2000);
    now = 60_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([
      0, 0, 0, 2000,
    ]);
  });

  it('keeps its memory bounded when many addresses come and go', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 1, perSecond: 1 }, () => now);
    for (let index = 0; index < 120_000; index++) {
      limiter.take(`10.0.${index}`);
      now += 1;
    }
    const size = (limiter as unknown as { buckets: Map<string, unknown> }).buckets.size;
    expect(size).toBeLessThanOrEqual(50_000);
  });
});

describe('the client address', () => {
  async function addressOf(headers: Record<string, string>, trustProxy: boolean, peer?: string) {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c, trustProxy)));
    const env = peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } };
    const response = await app.request('/', { headers }, env);
    return response.text();
  }

  it('is the TCP peer, IPv4-mapped addresses as IPv4 and IPv6 per /64', async () => {
    expect(await addressOf({}, false, '192.0.2.7')).toBe('192.0.2.7');
    expect(await addressOf({}, false, '::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(await addressOf({}, false, '2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(await addressOf({}, false, '2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(await addressOf({}, false)).toBe('unknown');
  });

  it('reads X-Forwarded-For only behind a trusted proxy, and then only its last entry', async () => {
    const forwarded = { 'X-Forwarded-For': '203.0.113.9, 198.51.100.4' };
    expect(await addressOf(forwarded, false, '10.0.0.1')).toBe('10.0.0.1');
    expect(await addressOf(forwarded, true, '10.0.0.1')).toBe('198.51.100.4');
    expect(await addressOf({}, true, '10.0.0.1')).toBe('10.0.0.1');
  });
});

describe('what needs a device', () => {
  it('lets health, catalogue, forms, registration and CSP reports through, nothing else', () => {
    for (const path of [
      '/api/v1/health',
      '/api/v1/catalogue',
      '/api/v1/catalogue/version',
      '/api/v1/forms',
      '/api/v1/forms/lotse-kita-platz/check',
      '/api/v1/devices',
      '/api/v1/csp-reports',
    ]) {
      expect(isPublicApiPath(path), path).toBe(true);
    }
    for (const path of [
      '/api/v1/submissions',
      '/api/v1/submissions/x',
      '/api/v1/devices/x',
      '/api/v1/health/',
      '/api/v1/forms/a/b/check',
      '/api/v2/health',
      '/api',
    ]) {
      expect(isPublicApiPath(path), path).toBe(false);
    }
  });
});

describe('the redacted error', () => {
  it('keeps names, codes along the cause chain and stack frames, never messages', () => {
    const cause = Object.assign(new Error('Key (reference)=(LT-1234) already exists'), {
      code: '23505',
    });
    const error = new TypeError('Unexpected token "Haddad, Amira"', { cause });
    const logged = redactedError(error, 'POST /api/v1/submissions');
    expect(logged.message).toBe('POST /api/v1/submissions failed: TypeError ← Error 23505');
    expect(logged.stack).toMatch(/\n\s+at /);
    expect(`${logged.message}${logged.stack}`).not.toMatch(/Haddad|LT-1234|Unexpected/);
    expect(redactedError('a string with data', 'GET /').message).toBe('GET / failed: string');
  });
});
