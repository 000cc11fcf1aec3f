/** The public shapes of the service search. */

/** How a hit matched the words typed, from best to worst. */
export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** One service found by a search. */
export interface SearchHit {
  /** Service id (see CatalogueService.id). */
  id: string;
  /** Service name, as published. */
  name: string;
  /** Name of the Lebenslage the service sits under, for context in a result list. */
  lebenslage: string;
  /** Name of the service's OZG-Leistung. */
  leistung: string;
  /** Higher is better; falls down the list; only comparable within one search. */
  score: number;
  /** The weakest way any typed word matched: exact, as a prefix, or with a typo. */
  match: MatchKind;
}

/** Options of one search. */
export interface SearchOptions {
  /** Most hits to return (default 20). */
  limit?: number;
}

/** A search over one catalogue, ready to answer queries. */
export interface ServiceSearch {
  /** Services matching what a person typed, best first; [] for an empty query. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The index as a string for loadServiceSearch, e.g. to cache it in IndexedDB. */
  serialize(): string;
}
