import { openDb } from '../db/database.ts';
import {
  listThemenfelder,
  readCatalogueMeta,
  readGroupView,
  readServiceView,
} from '../catalogue/store/catalogue-store.ts';
import { syncCatalogue, type CatalogueProgress } from '../catalogue/store/catalogue-sync.ts';
import { searchForStoredCatalogue } from './search-cache.ts';

/** The worker's API: catalogue storage, download and search run here, off the main thread. */
export const api = {
  /** Which catalogue the device holds, if any. */
  catalogueStatus: () => readCatalogueMeta(openDb()),
  /** Checks the server for a newer catalogue; progress is reported while downloading. */
  syncCatalogue: (onProgress?: (progress: CatalogueProgress) => void) =>
    syncCatalogue(openDb(), onProgress ? { onProgress } : {}),
  /** Top level of the browse tree. */
  listThemenfelder: () => listThemenfelder(openDb()),
  /** A group with its path, children and services. */
  readGroupView: (id: string) => readGroupView(openDb(), id),
  /** A service with its path and related services. */
  readServiceView: (id: string) => readServiceView(openDb(), id),
  /** Ranked services for what the user typed. */
  async search(query: string, limit = 20) {
    const search = await searchForStoredCatalogue(openDb());
    return search ? search.search(query, { limit }) : [];
  },
  /** Builds or loads the search index ahead of the first keystroke. */
  async prepareSearch(): Promise<boolean> {
    return (await searchForStoredCatalogue(openDb())) !== undefined;
  },
};

/** The API type the page imports (as a type only). */
export type WorkerApi = typeof api;
