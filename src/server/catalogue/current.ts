import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';

/** Facts about the current catalogue, cheap to read on every request. */
export interface CatalogueInfo {
  /** SHA-256 hex of the document bytes; also the ETag. */
  version: string;
  /** Number of services. */
  services: number;
  /** Uncompressed size in bytes. */
  sizeBytes: number;
  /** When this version became current (ISO-8601). */
  publishedAt: string;
}

/** The current catalogue in every encoding the server sends. */
export interface CatalogueBodies {
  /** Which version these bytes are. */
  version: string;
  /** Uncompressed JSON bytes. */
  identity: Buffer;
  /** Gzip-compressed bytes. */
  gzip: Buffer;
  /** Brotli-compressed bytes. */
  br: Buffer;
}

/** The current catalogue's facts, or null when nothing was ever published. */
export async function readCatalogueInfo(db: Kysely<Database>): Promise<CatalogueInfo | null> {
  const row = await db
    .selectFrom('catalogue_current as c')
    .innerJoin('catalogue_versions as v', 'v.version', 'c.version')
    .select(['c.version', 'c.published_at', 'v.size_bytes', 'v.service_count'])
    .where('c.id', '=', 1)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    version: row.version,
    services: row.service_count,
    sizeBytes: row.size_bytes,
    publishedAt: row.published_at,
  };
}

/** The stored bytes of one version, or null when that version does not exist. */
export async function readCatalogueBodies(
  db: Kysely<Database>,
  version: string,
): Promise<CatalogueBodies | null> {
  const row = await db
    .selectFrom('catalogue_versions')
    .select(['document', 'gzip', 'brotli'])
    .where('version', '=', version)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { version, identity: row.document, gzip: row.gzip, br: row.brotli };
}

/**
 * Keeps the bytes of the current version in memory. Every request still asks the database which
 * version is current (one indexed row), so a publish by another process is seen at once.
 */
export class CatalogueCache {
  private entry: { version: string; bodies: Promise<CatalogueBodies | null> } | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  /** The bytes for `version`, loaded once per version even under concurrent requests. */
  bodiesFor(version: string): Promise<CatalogueBodies | null> {
    if (this.entry?.version === version) return this.entry.bodies;
    const bodies = readCatalogueBodies(this.db, version);
    const entry = { version, bodies };
    this.entry = entry;
    // A failed read must not stick: the next request tries again.
    bodies.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return bodies;
  }
}
