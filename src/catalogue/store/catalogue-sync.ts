import type { CatalogueMeta, LotseDb } from '../../db/database.ts';
import { parseCatalogueDocument } from '../../shared/catalogue-check.ts';
import { readCatalogueMeta, replaceCatalogue } from './catalogue-store.ts';

/** Download progress of a new catalogue, in uncompressed bytes. */
export interface CatalogueProgress {
  /** Bytes received so far. */
  received: number;
  /** Total bytes, or null when the server did not say. */
  total: number | null;
}

/** Why a catalogue download did not replace the stored one. */
export type CatalogueFailure = 'offline' | 'server' | 'interrupted' | 'corrupt';

/** Outcome of one catalogue check; `meta` is what the device holds afterwards (if anything). */
export type CatalogueSyncResult =
  | { status: 'updated' | 'current'; meta: CatalogueMeta }
  | { status: 'failed'; reason: CatalogueFailure; meta: CatalogueMeta | undefined };

/** Options for syncCatalogue; the defaults are what the app uses. */
export interface CatalogueSyncOptions {
  /** Endpoint of the published catalogue. */
  url?: string;
  /** Called as bytes arrive. */
  onProgress?: (progress: CatalogueProgress) => void;
  /** The fetch to use (tests pass one bound to a real test server). */
  fetch?: typeof fetch;
}

class CatalogueDownloadError extends Error {
  constructor(readonly reason: CatalogueFailure) {
    super(`catalogue download failed: ${reason}`);
  }
}

/**
 * Asks the server for a newer catalogue and swaps it in atomically. Every failure (no network,
 * server error, broken connection, corrupted or incomplete body) keeps the stored catalogue.
 */
export async function syncCatalogue(
  db: LotseDb,
  options: CatalogueSyncOptions = {},
): Promise<CatalogueSyncResult> {
  const stored = await readCatalogueMeta(db);
  try {
    const response = await request(options, stored?.version);
    if (response.status === 304 && stored) return { status: 'current', meta: stored };
    if (!response.ok || !isJson(response)) throw new CatalogueDownloadError('server');
    const version = versionOf(response);
    if (version === stored?.version) return { status: 'current', meta: stored };
    const bytes = await readBody(response, options.onProgress);
    const document = await verify(bytes, version);
    return { status: 'updated', meta: await replaceCatalogue(db, document, version) };
  } catch (error) {
    const reason = error instanceof CatalogueDownloadError ? error.reason : 'server';
    return { status: 'failed', reason, meta: stored };
  }
}

async function request(options: CatalogueSyncOptions, version?: string): Promise<Response> {
  const headers: Record<string, string> = version ? { 'If-None-Match': `"${version}"` } : {};
  try {
    // no-store: the stored catalogue is our cache; the browser's would only hide new versions.
    return await (options.fetch ?? fetch)(options.url ?? '/api/v1/catalogue', {
      headers,
      cache: 'no-store',
    });
  } catch {
    throw new CatalogueDownloadError('offline');
  }
}

function isJson(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').startsWith('application/json');
}

function versionOf(response: Response): string {
  const header = response.headers.get('X-Catalogue-Version') ?? response.headers.get('ETag') ?? '';
  const version = header.replace(/^W\//, '').replaceAll('"', '');
  if (!/^[0-9a-f]{64}$/.test(version)) throw new CatalogueDownloadError('server');
  return version;
}

async function readBody(
  response: Response,
  onProgress?: (progress: CatalogueProgress) => void,
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
    throw new CatalogueDownloadError('interrupted');
  }
  if (total !== null && received !== total) throw new CatalogueDownloadError('interrupted');
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body must hash to the announced version and parse as a valid catalogue. */
async function verify(bytes: Uint8Array<ArrayBuffer>, version: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  if (hex !== version) throw new CatalogueDownloadError('corrupt');
  try {
    return parseCatalogueDocument(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    throw new CatalogueDownloadError('corrupt');
  }
}
