/**
 * The answer to a single typed letter. A one-letter prefix matches thousands of index terms,
 * which is slow and ranks noise; a person who typed "K" expects services that start with K,
 * short (general) names first. Cached per letter.
 */
import type { ServiceFacts } from './catalogue-facts.ts';
import { splitWords } from './normalize.ts';
import type { SearchHit } from './types.ts';

const collator = new Intl.Collator('de');

/** Services whose name starts with a letter, by name length then name. */
export class InitialHits {
  private readonly cache = new Map<string, SearchHit[]>();

  /** `services` are the facts of one catalogue. */
  constructor(private readonly services: ReadonlyMap<string, ServiceFacts>) {}

  /** Hits for a folded letter, at most `limit`. */
  get(letter: string, limit: number): SearchHit[] {
    let hits = this.cache.get(letter);
    if (hits === undefined) {
      hits = this.collect(letter);
      this.cache.set(letter, hits);
    }
    return hits.slice(0, limit);
  }

  private collect(letter: string): SearchHit[] {
    const matching = [...this.services.values()].filter((service) =>
      (splitWords(service.name)[0] ?? '').startsWith(letter),
    );
    matching.sort(
      (a, b) =>
        a.name.length - b.name.length || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
    return matching.map((service) => ({
      id: service.id,
      name: service.name,
      lebenslage: service.lebenslage,
      leistung: service.leistung,
      score: 1 / service.name.length,
      match: 'prefix',
    }));
  }
}
