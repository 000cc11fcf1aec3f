import type { LotseDb } from '../db/database.ts';
import { readCatalogue, readCatalogueMeta } from '../catalogue/store/catalogue-store.ts';
import type { ServiceSearch } from '../catalogue/search/index.ts';

let cached: { version: string; search: Promise<ServiceSearch | undefined> } | undefined;

/**
 * The search over the stored catalogue, built once per catalogue version. The serialized index
 * is kept in IndexedDB so later starts load it instead of rebuilding. The search code (MiniSearch,
 * German stemming and compounds: about a sixth of the worker) is loaded with the first search or
 * when the search field gets focus, not with the first screen.
 */
export async function searchForStoredCatalogue(db: LotseDb): Promise<ServiceSearch | undefined> {
  const meta = await readCatalogueMeta(db);
  if (!meta) return undefined;
  if (cached?.version !== meta.version) {
    const search = openSearch(db, meta.version);
    cached = { version: meta.version, search };
    // A failed attempt (the search code could not be loaded, storage refused) is not kept: the
    // next search tries again.
    search.catch(() => {
      if (cached?.search === search) cached = undefined;
    });
  }
  return cached.search;
}

async function openSearch(db: LotseDb, version: string): Promise<ServiceSearch | undefined> {
  const [document, { createServiceSearch, loadServiceSearch }] = await Promise.all([
    readCatalogue(db),
    import('../catalogue/search/index.ts'),
  ]);
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
