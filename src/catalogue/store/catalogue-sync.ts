import type { CatalogueMeta, LotseDb } from '../../db/database.ts';
import { parseCatalogueDocument } from '../../shared/catalogue-check.ts';
import {
  DownloadError,
  fetchVersionedDocument,
  type DownloadFailure,
  type DownloadProgress,
} from '../../shared/versioned-download.ts';
import { readCatalogueMeta, replaceCatalogue } from './catalogue-store.ts';

/** Download progress of a new catalogue, in uncompressed bytes. */
export type CatalogueProgress = DownloadProgress;

/** Why a catalogue download did not replace the stored one. */
export type CatalogueFailure = DownloadFailure;

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
    const result = await fetchVersionedDocument(
      options.url ?? '/api/v1/catalogue',
      stored?.version,
      'X-Catalogue-Version',
      options,
    );
    if (!result.changed) return { status: 'current', meta: stored! };
    const document = parseOrCorrupt(result.text);
    return { status: 'updated', meta: await replaceCatalogue(db, document, result.version) };
  } catch (error) {
    const reason = error instanceof DownloadError ? error.reason : 'server';
    return { status: 'failed', reason, meta: stored };
  }
}

function parseOrCorrupt(text: string) {
  try {
    return parseCatalogueDocument(JSON.parse(text));
  } catch {
    throw new DownloadError('corrupt');
  }
}
