import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { contentTypeFor, isCompressible } from './content-types.ts';
import type { Encoding } from './negotiation.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files smaller than this are sent as they are: compression would not pay for its headers. */
const MIN_COMPRESS_BYTES = 1024;

/** One static file held in memory with its compressed forms. */
export interface StaticFile {
  /** Content-Type header value. */
  contentType: string;
  /** Strong ETag over the uncompressed bytes. */
  etag: string;
  /** Uncompressed bytes. */
  identity: Buffer;
  /** Whether compressed forms exist for this file. */
  compressible: boolean;
}

interface Entry {
  mtimeMs: number;
  size: number;
  file: StaticFile;
  compressed: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Buffer>>>;
}

/**
 * Reads files from the built app folder once and keeps them, with gzip and brotli forms made on
 * first use. A file changed on disk (a rebuild) is read again, so no restart is needed.
 */
export class StaticCache {
  private readonly entries = new Map<string, Entry>();

  /** The file at this absolute path, or null if it is missing or not a regular file. */
  async get(path: string): Promise<StaticFile | null> {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) return null;
    const known = this.entries.get(path);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.file;
    const identity = await readFile(path);
    const contentType = contentTypeFor(path);
    const file: StaticFile = {
      contentType,
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
      identity,
      compressible: isCompressible(contentType) && identity.length >= MIN_COMPRESS_BYTES,
    };
    this.entries.set(path, { mtimeMs: info.mtimeMs, size: info.size, file, compressed: {} });
    return file;
  }

  /** The bytes of `file` (from `path`) in `encoding`, compressing once and remembering it. */
  async body(path: string, file: StaticFile, encoding: Encoding): Promise<Buffer> {
    const entry = this.entries.get(path);
    if (encoding === 'identity' || !file.compressible || entry?.file !== file) {
      return file.identity;
    }
    const cached = entry.compressed[encoding];
    if (cached) return cached;
    const made = encoding === 'br' ? brotli(file.identity) : gzipAsync(file.identity, { level: 9 });
    entry.compressed[encoding] = made;
    return made;
  }
}

function brotli(bytes: Buffer): Promise<Buffer> {
  return brotliAsync(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}
