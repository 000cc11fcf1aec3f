/**
 * Downloading a versioned document (catalogue, forms) the way the Lotse API publishes it: strong
 * ETag = SHA-256 of the body, `If-None-Match` for the stored version, `X-Decoded-Length` for
 * progress. Web APIs only (fetch, SubtleCrypto, streams), so it runs in page, worker and Node.
 */

/** Download progress, in uncompressed bytes. */
export interface DownloadProgress {
  /** Bytes received so far. */
  received: number;
  /** Total bytes, or null when the server did not say. */
  total: number | null;
}

/** Why a download did not produce a new document. */
export type DownloadFailure = 'offline' | 'server' | 'interrupted' | 'corrupt';

/** A download that failed for a known reason; the stored document must be kept. */
export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(readonly reason: DownloadFailure) {
    super(`download failed: ${reason}`);
  }
}

/** Options for fetchVersionedDocument. */
export interface DownloadOptions {
  /** The fetch to use (tests pass one bound to a real test server). */
  fetch?: typeof fetch;
  /** Called as bytes arrive. */
  onProgress?: (progress: DownloadProgress) => void;
}

/** What the server answered: nothing new, or the verified bytes of a new version. */
export type DownloadResult =
  | { changed: false }
  | { changed: true; version: string; bytes: Uint8Array<ArrayBuffer>; text: string };

/**
 * GETs `url` with the stored version as `If-None-Match`. Only a 2xx JSON answer whose bytes hash
 * to the announced version counts; anything else (no network, 5xx, a captive portal's HTML, a
 * cut connection, changed bytes) throws DownloadError with the reason.
 */
export async function fetchVersionedDocument(
  url: string,
  storedVersion: string | undefined,
  versionHeader: string,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  const response = await request(url, storedVersion, options.fetch ?? fetch);
  if (response.status === 304 && storedVersion) return { changed: false };
  if (!response.ok || !isJson(response)) throw new DownloadError('server');
  const version = versionOf(response, versionHeader);
  if (version === storedVersion) return { changed: false };
  const bytes = await readBody(response, options.onProgress);
  if ((await sha256Hex(bytes)) !== version) throw new DownloadError('corrupt');
  return { changed: true, version, bytes, text: new TextDecoder().decode(bytes) };
}

async function request(url: string, version: string | undefined, fetcher: typeof fetch) {
  const headers: Record<string, string> = version ? { 'If-None-Match': `"${version}"` } : {};
  try {
    // no-store: the device's database is the cache; the HTTP cache would only hide new versions.
    return await fetcher(url, { headers, cache: 'no-store' });
  } catch {
    throw new DownloadError('offline');
  }
}

function isJson(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').startsWith('application/json');
}

function versionOf(response: Response, versionHeader: string): string {
  const header = response.headers.get(versionHeader) ?? response.headers.get('ETag') ?? '';
  const version = header.replace(/^W\//, '').replaceAll('"', '');
  if (!/^[0-9a-f]{64}$/.test(version)) throw new DownloadError('server');
  return version;
}

async function readBody(
  response: Response,
  onProgress?: (progress: DownloadProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('X-Decoded-Length'));
  const total = Number.isSafeInteger(declared) && declared > 0 ? declared : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress?.({ received, total });
    }
  } catch {
    throw new DownloadError('interrupted');
  }
  if (total !== null && received !== total) throw new DownloadError('interrupted');
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** SHA-256 of bytes as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
