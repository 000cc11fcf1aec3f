/** The `Content-Range: bytes <start>-<end>/<total>` header of an attachment chunk. */

/** Largest chunk the server takes in one request (1 MiB). */
export const MAX_CHUNK_BYTES = 1024 * 1024;

/** A parsed range: `end` is inclusive, as in the header. */
export interface ChunkRange {
  /** Offset of the first byte. */
  start: number;
  /** Offset of the last byte. */
  end: number;
  /** Size of the whole attachment. */
  total: number;
}

/** The header's range, or null when it is missing or malformed. */
export function parseContentRange(header: string | undefined): ChunkRange | null {
  const match = /^bytes (\d{1,12})-(\d{1,12})\/(\d{1,12})$/.exec(header?.trim() ?? '');
  if (match === null) return null;
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (start > end || end >= total) return null;
  return { start, end, total };
}
