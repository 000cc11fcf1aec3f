/**
 * Combines the per-slot results into one ranked list. The order, most important first:
 * 1. services that match every slot (AND); only when there are none, those matching some (OR),
 *    more slots first;
 * 2. the weakest match of any slot: exact before prefix before fuzzy;
 * 3. coverage: the share of the service name's words that the query explains, so the general
 *    "Wohnsitz Anmeldung" comes before "Wohnsitz Anmeldung als Nebenwohnsitz";
 * 4. relevance: BM25 over the weighted fields (name most, law abbreviations least);
 * 5. the shorter name, then the name in German collation, then the id (deterministic).
 */
import type { SearchResult } from 'minisearch';
import type { TextAnalyzer } from './analyze.ts';
import type { CatalogueFacts, ServiceFacts } from './catalogue-facts.ts';
import type { QuerySlot } from './query.ts';
import type { MatchKind, SearchHit } from './types.ts';

/** What a name word matched only through one of its compound parts counts for coverage. */
const PART_COVERAGE = 0.5;

/** Relevance that maps to 0.5 in the reported score. */
const RELEVANCE_HALF = 50;

const KIND_ORDER: Readonly<Record<MatchKind, number>> = { exact: 0, prefix: 1, fuzzy: 2 };
const collator = new Intl.Collator('de');

/** What is known about one service while the slots' results are merged. */
interface Candidate {
  facts: ServiceFacts;
  slots: number;
  kind: MatchKind;
  score: number;
  terms: Set<string>;
  coverage: number;
}

/** Merges the results of each slot (same order as `slots`) into ranked hits. */
export function rankResults(
  slots: readonly QuerySlot[],
  results: readonly SearchResult[][],
  catalogue: CatalogueFacts,
  limit: number,
): SearchHit[] {
  const { services, analyzer } = catalogue;
  const candidates = new Map<string, Candidate>();
  slots.forEach((slot, index) => {
    const exact = exactTerms(slot);
    for (const result of results[index] ?? []) {
      const facts = services.get(String(result.id));
      if (facts === undefined) continue;
      const kind = classify(slot, exact, result.terms);
      // MiniSearch multiplies by the number of query terms matched; a word and its stem are one.
      const score = result.score / Math.max(1, result.queryTerms.length);
      const known = candidates.get(facts.id);
      if (known === undefined) {
        const terms = new Set(result.terms);
        candidates.set(facts.id, { facts, slots: 1, kind, score, terms, coverage: 0 });
      } else {
        known.slots += 1;
        known.score += score;
        if (KIND_ORDER[kind] > KIND_ORDER[known.kind]) known.kind = kind;
        for (const term of result.terms) known.terms.add(term);
      }
    }
  });
  let list = [...candidates.values()];
  const complete = list.filter((candidate) => candidate.slots === slots.length);
  if (complete.length > 0) list = complete;
  for (const candidate of list) candidate.coverage = coverage(candidate, analyzer);
  list.sort(compareCandidates);
  return list.slice(0, limit).map((candidate) => ({
    id: candidate.facts.id,
    name: candidate.facts.name,
    lebenslage: candidate.facts.lebenslage,
    leistung: candidate.facts.leistung,
    score: rankScore(candidate),
    match: candidate.kind,
  }));
}

function exactTerms(slot: QuerySlot): Set<string> {
  const terms = new Set(slot.exact);
  for (const phrase of [...slot.phrases, ...slot.synonyms]) {
    for (const forms of phrase) for (const form of forms) terms.add(form);
  }
  return terms;
}

/** The best way a service's matched terms satisfy a slot. */
function classify(
  slot: QuerySlot,
  exact: ReadonlySet<string>,
  terms: readonly string[],
): MatchKind {
  let best: MatchKind = 'fuzzy';
  for (const term of terms) {
    if (exact.has(term)) return 'exact';
    if (slot.prefix !== null && term.startsWith(slot.prefix)) best = 'prefix';
  }
  return best;
}

/**
 * Share of the meaningful words of the service name that the query covers: a word matched as a
 * whole counts one, a word matched only through a compound part ("Haupt|wohnsitz") a half.
 */
function coverage(candidate: Candidate, analyzer: TextAnalyzer): number {
  const words = analyzer.analyze(candidate.facts.name).forms;
  if (words.length === 0) return 0;
  let covered = 0;
  for (const word of words) {
    if (word.whole.some((term) => candidate.terms.has(term))) covered += 1;
    else if (word.parts.some((term) => candidate.terms.has(term))) covered += PART_COVERAGE;
  }
  // Rounded so that tiny differences do not outrank relevance.
  return Math.round((100 * covered) / words.length) / 100;
}

/**
 * One number that falls down the list as the sort keys do: slots, then kind, then coverage
 * (steps of 0.01), then relevance squashed into [0, 1).
 */
function rankScore(candidate: Candidate): number {
  const relevance = candidate.score / (candidate.score + RELEVANCE_HALF);
  return (
    candidate.slots * 10_000 +
    (2 - KIND_ORDER[candidate.kind]) * 1_000 +
    candidate.coverage * 100 +
    relevance
  );
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.slots - a.slots ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    b.coverage - a.coverage ||
    b.score - a.score ||
    a.facts.name.length - b.facts.name.length ||
    collator.compare(a.facts.name, b.facts.name) ||
    (a.facts.id < b.facts.id ? -1 : a.facts.id > b.facts.id ? 1 : 0)
  );
}
