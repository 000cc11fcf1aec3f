import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { CatalogueCache, readCatalogueInfo, type CatalogueInfo } from '../catalogue/current.ts';
import type { Database } from '../storage/schema.ts';
import { ApiError } from './errors.ts';
import { responseBytes } from './bytes.ts';
import { chooseEncoding, ifNoneMatchMatches } from './negotiation.ts';

/** Wire shape of `GET /api/v1/catalogue/version`. */
export interface CatalogueVersionResponse {
  /** Current version (SHA-256 hex), equal to the catalogue's ETag without quotes. */
  version: string;
  /** Number of services. */
  services: number;
  /** Uncompressed size in bytes. */
  sizeBytes: number;
  /** When this version became current (ISO-8601). */
  publishedAt: string;
}

async function currentInfo(db: Kysely<Database>): Promise<CatalogueInfo> {
  const info = await readCatalogueInfo(db);
  if (info === null) {
    throw new ApiError(503, 'catalogue_unavailable', 'No catalogue has been published yet.');
  }
  return info;
}

/** Routes under /api/v1/catalogue: the document with ETag revalidation, and a cheap version check. */
export function catalogueRoutes(db: Kysely<Database>): Hono {
  const cache = new CatalogueCache(db);
  const routes = new Hono();

  routes.get('/version', async (c) => {
    const { version, services, sizeBytes, publishedAt } = await currentInfo(db);
    const body: CatalogueVersionResponse = { version, services, sizeBytes, publishedAt };
    return c.json(body, 200, { 'Cache-Control': 'no-cache' });
  });

  routes.get('/', async (c) => {
    const info = await currentInfo(db);
    const etag = `"${info.version}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Catalogue-Version': info.version,
    };
    if (ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, headers);
    }
    const bodies = await cache.bodiesFor(info.version);
    if (bodies === null) {
      // Only possible if the row vanished between the two reads; the device simply retries.
      throw new ApiError(503, 'catalogue_unavailable', 'The catalogue changed; try again.');
    }
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const body = bodies[encoding];
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    return c.body(responseBytes(body), 200, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.byteLength),
      'X-Decoded-Length': String(bodies.identity.byteLength),
    });
  });

  return routes;
}
