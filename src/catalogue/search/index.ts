/** The public entry of the service search (see README.md); import from here, not the parts. */
export {
  createServiceSearch,
  DEFAULT_LIMIT,
  loadServiceSearch,
  StaleSearchIndexError,
} from './service-search.ts';
export type { MatchKind, SearchHit, SearchOptions, ServiceSearch } from './types.ts';
