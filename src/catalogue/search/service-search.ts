/**
 * German-aware search over the service catalogue: build it from a CatalogueDocument, or load
 * an index serialized earlier. Pure code for the Web Worker (no DOM, no storage).
 */
import MiniSearch from 'minisearch';
import type { AsPlainObject, Query, QueryCombination } from 'minisearch';
import type { CatalogueDocument } from '../../shared/catalogue.ts';
import { collectFacts } from './catalogue-facts.ts';
import type { CatalogueFacts } from './catalogue-facts.ts';
import { catalogueFingerprint, SEARCH_INDEX_FORMAT } from './fingerprint.ts';
import { InitialHits } from './initial-hits.ts';
import { parseQuery } from './query.ts';
import type { QuerySlot, WordForms } from './query.ts';
import { rankResults } from './rank.ts';
import { buildIndex, indexOptions } from './search-index.ts';
import type { IndexedService } from './search-index.ts';
import { SynonymTable } from './synonym-table.ts';
import { SYNONYMS } from './synonyms.ts';
import type { SearchHit, SearchOptions, ServiceSearch } from './types.ts';

/** Hits returned when the caller names no limit. */
export const DEFAULT_LIMIT = 20;

/** A serialized index that was built for another catalogue or by another version of this code. */
export class StaleSearchIndexError extends Error {
  override name = 'StaleSearchIndexError';
}

/** What serialize() writes. */
interface SerializedIndex {
  format: number;
  fingerprint: string;
  index: AsPlainObject;
}

const synonyms = new SynonymTable(SYNONYMS);

/** Builds the search over every service of a catalogue. */
export function createServiceSearch(doc: CatalogueDocument): ServiceSearch {
  const facts = collectFacts(doc);
  return new CatalogueSearch(facts, buildIndex(doc, facts), catalogueFingerprint(doc));
}

/**
 * Loads an index made by serialize() for the same catalogue; throws StaleSearchIndexError when
 * it was made for another catalogue or index format (build a new one then).
 */
export function loadServiceSearch(doc: CatalogueDocument, serialized: string): ServiceSearch {
  const fingerprint = catalogueFingerprint(doc);
  let parsed: unknown;
  try {
    parsed = JSON.parse(serialized);
  } catch (error) {
    throw new StaleSearchIndexError('the stored search index is not valid JSON', { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new StaleSearchIndexError('the stored search index is not an object');
  }
  const stored = parsed as Partial<SerializedIndex>;
  if (stored.format !== SEARCH_INDEX_FORMAT || stored.fingerprint !== fingerprint) {
    throw new StaleSearchIndexError(
      `the stored search index (${String(stored.fingerprint)}) is not for this catalogue (${fingerprint})`,
    );
  }
  if (stored.index === undefined) {
    throw new StaleSearchIndexError('the stored search index has no index');
  }
  const index = MiniSearch.loadJS<IndexedService>(stored.index, indexOptions());
  return new CatalogueSearch(collectFacts(doc), index, fingerprint);
}

class CatalogueSearch implements ServiceSearch {
  private readonly initials: InitialHits;

  constructor(
    private readonly facts: CatalogueFacts,
    private readonly index: MiniSearch<IndexedService>,
    private readonly fingerprint: string,
  ) {
    this.initials = new InitialHits(facts.services);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const slots = parseQuery(query, this.facts.splitter, synonyms);
    const [first] = slots;
    if (first === undefined) return [];
    if (slots.length === 1 && first.prefix?.length === 1 && first.synonyms.length === 0) {
      return this.initials.get(first.prefix, limit);
    }
    const results = slots.map((slot) => this.index.search(toQuery(slot)));
    return rankResults(slots, results, this.facts, limit);
  }

  serialize(): string {
    const stored: SerializedIndex = {
      format: SEARCH_INDEX_FORMAT,
      fingerprint: this.fingerprint,
      index: this.index.toJSON(),
    };
    return JSON.stringify(stored);
  }
}

/** Synonyms are curated: what the person meant, so they outweigh literal matches. */
const SYNONYM_BOOST = 2;

/** Prefixes shorter than this match thousands of terms: they only search the service name. */
const SHORT_PREFIX = 3;
const SHORT_PREFIX_FIELDS = ['name'];

/** One slot as a MiniSearch query tree: any route satisfies it. */
function toQuery(slot: QuerySlot): Query {
  const plain = { prefix: false, fuzzy: false, combineWith: 'OR' } as const;
  const routes: Query[] = [];
  const [word, ...others] = slot.exact;
  // The word itself goes in once: MiniSearch's prefix and fuzzy searches include the exact term.
  if (word !== undefined) {
    routes.push({
      ...plain,
      prefix: slot.prefix !== null,
      fuzzy: slot.fuzzy === null ? false : 1,
      fields: slot.prefix !== null && word.length < SHORT_PREFIX ? SHORT_PREFIX_FIELDS : undefined,
      queries: [word],
    });
  }
  const exact = [...others, ...slot.near];
  if (exact.length > 0) routes.push({ ...plain, queries: exact });
  const phrase = (words: WordForms[], boost: number): QueryCombination => ({
    ...plain,
    combineWith: 'AND',
    boostTerm: () => boost,
    queries: words.map((forms) => ({ ...plain, queries: [...forms] })),
  });
  routes.push(...slot.phrases.map((words) => phrase(words, 1)));
  routes.push(...slot.synonyms.map((words) => phrase(words, SYNONYM_BOOST)));
  return { ...plain, queries: routes };
}
