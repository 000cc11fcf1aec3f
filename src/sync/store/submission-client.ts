import type { SubmissionReceipt, SubmissionRequest } from '../../shared/submission.ts';
import { failureOf, networkFailure, readJson, SendFailure } from './http-failure.ts';
import { isReceiptFor } from './receipt-check.ts';

/** How the drain talks to the server. */
export interface SubmissionTransport {
  /** The fetch to use (tests pass one bound to a real fault server). */
  fetch: typeof fetch;
  /** Origin of the API, e.g. "https://lotse.example" (no trailing slash). */
  baseUrl: string;
  /** This device's credential token (`Authorization: Bearer`); '' until DeviceSession set it. */
  token: string;
  /** Per-request timeout (ms). */
  timeoutMs: number;
  /** The clock (epoch ms), for Retry-After dates. */
  now: () => number;
  /** Stops the drain (tab closing, service worker event ending). */
  signal?: AbortSignal;
}

/** POSTs the submission; resolves only with a verified receipt that echoes the key. */
export async function postSubmission(
  transport: SubmissionTransport,
  key: string,
  request: SubmissionRequest,
): Promise<SubmissionReceipt> {
  const response = await send(transport, '/api/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(request),
  });
  return receiptOf(transport, response, key);
}

/** The current receipt (status and missing attachments) of a stored submission. */
export async function fetchReceipt(
  transport: SubmissionTransport,
  key: string,
): Promise<SubmissionReceipt> {
  const response = await send(transport, submissionPath(key), { method: 'GET' });
  return receiptOf(transport, response, key);
}

/** How many bytes of an attachment the server holds (HEAD, header Upload-Offset). */
export async function fetchUploadOffset(
  transport: SubmissionTransport,
  key: string,
  attachmentId: string,
): Promise<number> {
  const path = attachmentPath(key, attachmentId);
  const response = await send(transport, path, { method: 'HEAD' });
  const offset = Number(response.headers.get('Upload-Offset'));
  if (!response.ok || response.headers.get('Upload-Offset') === null || !isOffset(offset)) {
    throw await failureOf(response, transport.now());
  }
  return offset;
}

/**
 * PUTs one chunk starting at `start`; resolves with the server's offset afterwards. A 409
 * offset_mismatch also resolves with the server's offset, so the caller continues from there.
 */
export async function putChunk(
  transport: SubmissionTransport,
  key: string,
  attachmentId: string,
  chunk: { start: number; bytes: Uint8Array<ArrayBuffer>; total: number },
): Promise<number> {
  const end = chunk.start + chunk.bytes.byteLength - 1;
  const response = await send(transport, attachmentPath(key, attachmentId), {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Range': `bytes ${chunk.start}-${end}/${chunk.total}`,
    },
    body: chunk.bytes,
  });
  if (response.ok || response.status === 409) {
    const body = (await readJson(response)) as { offset?: unknown } | undefined;
    if (body && isOffset(body.offset)) return body.offset;
  }
  throw await failureOf(response, transport.now());
}

async function send(
  transport: SubmissionTransport,
  path: string,
  init: RequestInit,
): Promise<Response> {
  const timeout = AbortSignal.timeout(transport.timeoutMs);
  const signal = transport.signal ? AbortSignal.any([transport.signal, timeout]) : timeout;
  try {
    return await transport.fetch(`${transport.baseUrl}${path}`, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        Authorization: `Bearer ${transport.token}`,
      },
      // A redirect is never our API answering (captive portals redirect): do not follow it.
      redirect: 'manual',
      cache: 'no-store',
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    throw networkFailure(error);
  }
}

async function receiptOf(
  transport: SubmissionTransport,
  response: Response,
  key: string,
): Promise<SubmissionReceipt> {
  if (response.status < 200 || response.status > 299)
    throw await failureOf(response, transport.now());
  const body = await readJson(response);
  if (!isReceiptFor(body, key)) {
    throw new SendFailure({
      kind: 'retryable',
      status: response.status,
      code: 'not-our-api',
      message: 'the answer was not a receipt for this submission',
    });
  }
  return body;
}

function submissionPath(key: string): string {
  return `/api/v1/submissions/${encodeURIComponent(key)}`;
}

function attachmentPath(key: string, attachmentId: string): string {
  return `${submissionPath(key)}/attachments/${encodeURIComponent(attachmentId)}`;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
