import type { LotseDb } from '../db/database.ts';
import { readCatalogue, readCatalogueMeta } from '../catalogue/store/catalogue-store.ts';
import {
  createServiceSearch,
  loadServiceSearch,
  type ServiceSearch,
} from '../catalogue/search/index.ts';

let cached: { version: string; search: Promise<ServiceSearch | undefined> } | undefined;

/**
 * The search over the stored catalogue, built once per catalogue version. The serialized index
 * is kept in IndexedDB so later starts load it instead of rebuilding.
 */
export async function searchForStoredCatalogue(db: LotseDb): Promise<ServiceSearch | undefined> {
  const meta = await readCatalogueMeta(db);
  if (!meta) return undefined;
  if (cached?.version !== meta.version) {
    cached = { version: meta.version, search: openSearch(db, meta.version) };
  }
  return cached.search;
}

async function openSearch(db: LotseDb, version: string): Promise<ServiceSearch | undefined> {
  const document = await readCatalogue(db);
  if (!document) return undefined;
  const stored = await db.searchIndex.get(version);
  if (stored) {
    try {
      return loadServiceSearch(document, stored.data);
    } catch {
      // A cache written by an older build: rebuild below.
    }
  }
  const search = createServiceSearch(document);
  await db.searchIndex.put({ version, data: search.serialize() }).catch(() => {
    // Storage full or blocked: the search still works, it is only rebuilt next time.
  });
  return search;
}
