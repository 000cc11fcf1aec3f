/**
 * Row types of the server database, as Kysely sees them. Both dialects store the same shapes:
 * binary columns come back as Buffer, timestamps are ISO-8601 text so they sort and compare alike.
 */

/** One published catalogue document with its precompressed forms; never changed once written. */
export interface CatalogueVersionTable {
  /** SHA-256 hex of `document`. */
  version: string;
  /** The canonical UTF-8 JSON bytes as served. */
  document: Buffer;
  /** `document` gzip-compressed. */
  gzip: Buffer;
  /** `document` brotli-compressed. */
  brotli: Buffer;
  /** Byte length of `document`. */
  size_bytes: number;
  /** Number of services, for the cheap version check. */
  service_count: number;
  /** When this content was first stored. */
  created_at: string;
}

/** A single row (id = 1) pointing at the version devices should download. */
export interface CatalogueCurrentTable {
  /** Always 1: one pointer, so switching versions is one row update. */
  id: number;
  /** The current version. */
  version: string;
  /** When this version became current. */
  published_at: string;
}

/** The whole database as Kysely sees it. */
export interface Database {
  catalogue_versions: CatalogueVersionTable;
  catalogue_current: CatalogueCurrentTable;
}
