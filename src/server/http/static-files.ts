import { resolve, sep } from 'node:path';
import type { Context, Handler } from 'hono';
import { responseBytes } from './bytes.ts';
import { chooseEncoding, ifNoneMatchMatches } from './negotiation.ts';
import { StaticCache } from './static-cache.ts';
import type { StaticFile } from './static-cache.ts';

/** Hashed build output: the name changes with the content, so it may be cached for a year. */
const IMMUTABLE_PREFIX = '/assets/';

/**
 * Serves the built PWA from `root`. Hashed files under /assets/ are cached for a year; everything
 * else (index.html, sw.js, the manifest) must be revalidated so an update reaches devices. A page
 * request for a path with no file gets index.html, so client-side routes survive a reload.
 */
export function staticFiles(root: string): Handler {
  const base = resolve(root);
  const cache = new StaticCache();
  const indexPath = resolve(base, 'index.html');

  return async (c) => {
    const path = filePath(base, new URL(c.req.url).pathname);
    const file = path === null ? null : await cache.get(path);
    if (path !== null && file !== null) return send(c, cache, path, file);
    if (wantsPage(c)) {
      const index = await cache.get(indexPath);
      if (index !== null) return send(c, cache, indexPath, index);
    }
    return c.text('Not found', 404, { 'Cache-Control': 'no-cache' });
  };
}

/** The absolute file for a URL path, or null when it is malformed or escapes the root. */
function filePath(base: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const absolute = resolve(base, `.${relative}`);
  return absolute.startsWith(base + sep) ? absolute : null;
}

/** A navigation (the browser wants HTML) outside the hashed assets. */
function wantsPage(c: Context): boolean {
  if (c.req.path.startsWith(IMMUTABLE_PREFIX)) return false;
  return (c.req.header('Accept') ?? '').includes('text/html');
}

async function send(c: Context, cache: StaticCache, path: string, file: StaticFile) {
  const headers: Record<string, string> = {
    'Cache-Control': c.req.path.startsWith(IMMUTABLE_PREFIX)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    ETag: file.etag,
  };
  if (file.compressible) headers.Vary = 'Accept-Encoding';
  if (ifNoneMatchMatches(c.req.header('If-None-Match'), file.etag)) {
    return c.body(null, 304, headers);
  }
  const encoding = file.compressible ? chooseEncoding(c.req.header('Accept-Encoding')) : 'identity';
  const body = await cache.body(path, file, encoding);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  return c.body(responseBytes(body), 200, {
    ...headers,
    'Content-Type': file.contentType,
    'Content-Length': String(body.byteLength),
  });
}
