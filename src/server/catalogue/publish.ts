import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { parseCatalogueDocument } from '../../shared/catalogue-check.ts';
import type { CatalogueDocument } from '../../shared/catalogue.ts';
import type { Database } from '../storage/schema.ts';
import { canonicalDocument } from './canonical.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A validated catalogue in the exact bytes devices will download, with its version. */
export interface CanonicalCatalogue {
  /** SHA-256 hex of `bytes`. */
  version: string;
  /** UTF-8 JSON of the validated document. */
  bytes: Buffer;
  /** The validated document. */
  document: CatalogueDocument;
}

/** What a publish did. */
export interface PublishResult {
  /** Version now current. */
  version: string;
  /** False when this version was already current (publishing again changes nothing). */
  changed: boolean;
  /** Uncompressed size in bytes. */
  sizeBytes: number;
  /** Number of services in the document. */
  services: number;
}

/**
 * Validates a catalogue and serialises it canonically: JSON.stringify of the validated document
 * with its fields in a fixed order, so the same content always yields the same bytes and the same
 * version. Throws CatalogueFormatError for anything that is not a catalogue.
 */
export function canonicalCatalogue(value: unknown): CanonicalCatalogue {
  const document = canonicalDocument(parseCatalogueDocument(value));
  const bytes = Buffer.from(JSON.stringify(document), 'utf8');
  const version = createHash('sha256').update(bytes).digest('hex');
  return { version, bytes, document };
}

/** True when this exact content was stored before, current or not. */
export async function isCataloguePublished(
  db: Kysely<Database>,
  version: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('catalogue_versions')
    .select('version')
    .where('version', '=', version)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Validates, stores and makes current a catalogue document. Publishing content that is already
 * current is a no-op returning the same version; publishing an older version again makes it
 * current again (a rollback). Safe when several processes publish at once.
 */
export async function publishCatalogue(
  db: Kysely<Database>,
  value: unknown,
): Promise<PublishResult> {
  return publishCanonical(db, canonicalCatalogue(value));
}

/** publishCatalogue for a document already made canonical (saves validating twice). */
export async function publishCanonical(
  db: Kysely<Database>,
  canonical: CanonicalCatalogue,
): Promise<PublishResult> {
  const { version, bytes } = canonical;
  const result = { version, sizeBytes: bytes.length, services: canonical.document.services.length };
  const current = await db
    .selectFrom('catalogue_current')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (current?.version === version) return { ...result, changed: false };

  // Compress outside the transaction: brotli on a large document takes a while, and holding a
  // write lock meanwhile would stall every other writer.
  const compressed = (await isCataloguePublished(db, version)) ? null : await compress(bytes);
  const now = new Date().toISOString();
  const changed = await db.transaction().execute(async (trx) => {
    if (compressed) {
      await trx
        .insertInto('catalogue_versions')
        .values({
          version,
          document: bytes,
          gzip: compressed.gzip,
          brotli: compressed.brotli,
          size_bytes: bytes.length,
          service_count: result.services,
          created_at: now,
        })
        .onConflict((conflict) => conflict.column('version').doNothing())
        .execute();
    }
    const pointer = await trx
      .insertInto('catalogue_current')
      .values({ id: 1, version, published_at: now })
      .onConflict((conflict) =>
        conflict
          .column('id')
          .doUpdateSet({ version, published_at: now })
          .where('catalogue_current.version', '<>', version),
      )
      .executeTakeFirst();
    return Number(pointer.numInsertedOrUpdatedRows ?? 0n) > 0;
  });
  return { ...result, changed };
}

async function compress(bytes: Buffer): Promise<{ gzip: Buffer; brotli: Buffer }> {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return { gzip: gzipped, brotli };
}
