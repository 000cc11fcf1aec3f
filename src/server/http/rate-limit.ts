/**
 * In-process token buckets: each key (a client address, a device) holds up to `capacity` tokens
 * and regains `perSecond` per second; a request takes one. Every server process counts for itself,
 * so behind a load balancer with N processes a client gets up to N times the budget.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.ts';
import { jsonError } from './errors.ts';

/** Size and refill rate of one kind of bucket. */
export interface BucketSpec {
  /** Tokens a full bucket holds: the burst a client may send at once. */
  capacity: number;
  /** Tokens regained per second: the sustained rate. */
  perSecond: number;
}

/** Every limit the server applies; null switches one off. */
export interface RateLimits {
  /** All /api/* requests per client address. */
  address: BucketSpec | null;
  /** Authenticated requests per device. */
  device: BucketSpec | null;
  /** Citizen registrations (POST /api/v1/devices without a code) per client address. */
  registration: BucketSpec | null;
  /** Refused enrollment codes per client address (only failures take a token). */
  failedEnrollment: BucketSpec | null;
}

/**
 * Generous for real use (a tablet uploading 50 MB sends about 60 requests; an office network with
 * many devices shares one address), tight where guessing is the only use: 10 wrong enrollment
 * codes per 15 minutes.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  address: { capacity: 1200, perSecond: 20 },
  device: { capacity: 600, perSecond: 10 },
  registration: { capacity: 60, perSecond: 1 / 10 },
  failedEnrollment: { capacity: 10, perSecond: 10 / (15 * 60) },
};

/** No limits at all (`LOTSE_RATE_LIMIT=off`: loopback load tests only). */
export const NO_RATE_LIMITS: RateLimits = {
  address: null,
  device: null,
  registration: null,
  failedEnrollment: null,
};

/** Buckets are dropped once this many keys exist, full ones first, so memory stays bounded. */
const MAX_KEYS = 50_000;

/** One kind of bucket for many keys. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly spec: BucketSpec,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`: 0 when granted, else the milliseconds until one is available. */
  take(key: string): number {
    const wait = this.wait(key);
    if (wait === 0) this.buckets.get(key)!.tokens -= 1;
    return wait;
  }

  /** The milliseconds until `key` has a token (0: now), without taking one. */
  wait(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(
          this.spec.capacity,
          bucket.tokens + ((now - bucket.at) / 1000) * this.spec.perSecond,
        )
      : this.spec.capacity;
    if (!bucket && this.buckets.size >= MAX_KEYS) this.prune(now);
    this.buckets.set(key, { tokens, at: now });
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.spec.perSecond) * 1000);
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const full = bucket.tokens + ((now - bucket.at) / 1000) * this.spec.perSecond;
      if (full >= this.spec.capacity) this.buckets.delete(key);
    }
    // Still full of drained buckets (a flood from many addresses): forget the oldest half.
    if (this.buckets.size >= MAX_KEYS) {
      let drop = this.buckets.size / 2;
      for (const key of this.buckets.keys()) {
        if (drop-- <= 0) break;
        this.buckets.delete(key);
      }
    }
  }
}

/** A limiter for the spec, or null when that limit is off. */
export function limiterFor(spec: BucketSpec | null, now?: () => number): RateLimiter | null {
  return spec === null ? null : new RateLimiter(spec, now);
}

/** 429 `rate_limited` with Retry-After in whole seconds. */
export function tooManyRequests(c: Context, waitMs: number, what: string): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  c.header('Retry-After', String(seconds));
  return jsonError(c, 429, 'rate_limited', `${what}; try again in ${seconds} s.`);
}

/** Middleware: one token per request from the client's address; 429 when its bucket is empty. */
export function addressLimit(limiter: RateLimiter | null, trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const wait = limiter?.take(clientAddress(c, trustProxy)) ?? 0;
    if (wait > 0) return tooManyRequests(c, wait, 'Too many requests from this address');
    await next();
  };
}
