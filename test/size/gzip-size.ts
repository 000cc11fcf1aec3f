import { gzipSync } from 'node:zlib';

/** One JavaScript file as the browser received it. */
export interface JsFile {
  /** Absolute URL (or `inline script #n` for scripts inside the HTML). */
  url: string;
  /** Uncompressed size in bytes. */
  bytes: number;
  /** Size after gzip level 9, independent of what the server sends. */
  gzipBytes: number;
}

/** A set of files with their totals. */
export interface JsGroup {
  /** The files, largest gzipped first. */
  files: JsFile[];
  /** Sum of uncompressed sizes. */
  bytes: number;
  /** Sum of gzipped sizes. */
  gzipBytes: number;
}

/** Sizes one body: raw and gzip level 9. */
export function sizeOf(url: string, body: Uint8Array): JsFile {
  return { url, bytes: body.byteLength, gzipBytes: gzipSync(body, { level: 9 }).byteLength };
}

/** Totals a list of files, largest first. */
export function groupOf(files: JsFile[]): JsGroup {
  const sorted = [...files].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    files: sorted,
    bytes: sorted.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: sorted.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/** Kilobytes with one decimal, for tables. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
