import type { OutboxFailure } from '../../db/database.ts';
import { retryAfterMs } from './backoff.ts';

/** Why one request of the drain did not give a usable answer. */
export class SendFailure extends Error {
  override name = 'SendFailure';
  constructor(
    /** What is stored on the outbox item. */
    readonly failure: OutboxFailure,
    /** How long the server asked us to wait (Retry-After), if it did. */
    readonly retryAfterMs?: number,
    /** The server is still working on this key: try again soon, not after a long backoff. */
    readonly soon = false,
  ) {
    super(failure.message ?? failure.code ?? 'request failed');
  }
}

/** True when the response claims to be JSON (our API answers nothing else). */
export function isJsonResponse(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').startsWith('application/json');
}

/** The JSON body, or undefined when it is not JSON or cannot be read. */
export async function readJson(response: Response): Promise<unknown> {
  if (!isJsonResponse(response)) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Turns a response that is not the expected success into a SendFailure. Only a JSON 4xx of our
 * API is final (needs attention); redirects, HTML pages, 5xx, 408 and 429 are tried again.
 */
export async function failureOf(response: Response, now: number): Promise<SendFailure> {
  const status = response.status;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return retry({ status, code: 'redirect', message: 'redirected (captive portal?)' });
  }
  const body = await readJson(response);
  const wait = retryAfterMs(response.headers.get('Retry-After'), now);
  if (body === undefined) {
    return retry({ status, code: 'not-our-api', message: `HTTP ${status} without JSON` }, wait);
  }
  const { code, message, errors } = describe(body);
  if (status === 409 && code === 'request_in_progress') {
    return new SendFailure({ kind: 'retryable', status, code, message }, wait, true);
  }
  // The server discarded a corrupted upload; starting that attachment again can succeed.
  const transient = code === 'hash_mismatch' || status === 408 || status === 429;
  if (status >= 500 || status < 400 || transient) {
    return retry({ status, code: code ?? 'server', message: message ?? `HTTP ${status}` }, wait);
  }
  return new SendFailure({ kind: 'needs-attention', status, code, message, errors });
}

/** A failure before any answer arrived: no connection, reset, or timeout. */
export function networkFailure(error: unknown): SendFailure {
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  const message = error instanceof Error ? error.message : String(error);
  return retry({ code: timedOut ? 'timeout' : 'network', message });
}

function retry(failure: Omit<OutboxFailure, 'kind'>, wait?: number): SendFailure {
  return new SendFailure({ kind: 'retryable', ...failure }, wait);
}

function describe(body: unknown): Pick<OutboxFailure, 'code' | 'message' | 'errors'> {
  if (typeof body !== 'object' || body === null) return {};
  const { error, errors, valid } = body as { error?: unknown; errors?: unknown; valid?: unknown };
  if (valid === false && Array.isArray(errors)) {
    return { code: 'invalid_answers', errors: errors.filter(isFieldError) };
  }
  if (typeof error !== 'object' || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

function isFieldError(value: unknown): value is { path: string; elementId: string; code: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { path, elementId, code } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof elementId === 'string' && typeof code === 'string';
}
