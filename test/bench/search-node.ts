/**
 * Node micro benchmark of the service search over the real catalogue: index build, serialize,
 * load, and query latency for the realistic query set and for every prefix of it (as typed).
 * Returns numbers; the caller (npm run bench) prints them.
 */
import { readFile } from 'node:fs/promises';
import type { CatalogueDocument } from '../../src/shared/catalogue.ts';
import {
  createServiceSearch,
  loadServiceSearch,
  type ServiceSearch,
} from '../../src/catalogue/search/index.ts';
import { searchQueries } from './search-queries.ts';
import { latencyStats, round, type LatencyStats } from './stats.ts';

/** What benchSearchInNode measured. */
export interface SearchBenchResult {
  /** Services in the catalogue. */
  services: number;
  /** Building the index from the document (first build in this process). */
  buildMs: number;
  /** serialize() of the built index. */
  serializeMs: number;
  /** Length of the serialized index in UTF-16 code units (≈ bytes, it is ASCII-heavy JSON). */
  serializedChars: number;
  /** loadServiceSearch() from that string. */
  loadMs: number;
  /** The query set (search-queries.ts), whole queries, ms, after one warm-up pass. */
  queries: LatencyStats;
  /** Every prefix of every query, as a person types it (1 character upwards), ms. */
  typeAhead: LatencyStats;
  /** Every single letter a–z, ms. */
  oneLetter: LatencyStats;
}

const CATALOGUE = new URL('../../src/server/catalogue/catalogue.json', import.meta.url);
const ROUNDS = 3;

/** Runs the benchmark; takes a few seconds. */
export async function benchSearchInNode(): Promise<SearchBenchResult> {
  const doc = JSON.parse(await readFile(CATALOGUE, 'utf8')) as CatalogueDocument;
  let started = performance.now();
  const search = createServiceSearch(doc);
  const buildMs = performance.now() - started;
  started = performance.now();
  const serialized = search.serialize();
  const serializeMs = performance.now() - started;
  started = performance.now();
  loadServiceSearch(doc, serialized);
  const loadMs = performance.now() - started;

  const whole = searchQueries.map((entry) => entry.query);
  const typed = whole.flatMap((query) => [...query].map((_, end) => query.slice(0, end + 1)));
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  return {
    services: doc.services.length,
    buildMs: round(buildMs),
    serializeMs: round(serializeMs),
    serializedChars: serialized.length,
    loadMs: round(loadMs),
    queries: measure(search, whole),
    typeAhead: measure(search, typed),
    oneLetter: measure(search, letters),
  };
}

function measure(search: ServiceSearch, queries: readonly string[]): LatencyStats {
  for (const query of queries) search.search(query);
  const times: number[] = [];
  for (let pass = 0; pass < ROUNDS; pass += 1) {
    for (const query of queries) {
      const started = performance.now();
      search.search(query);
      times.push(performance.now() - started);
    }
  }
  return latencyStats(times);
}
