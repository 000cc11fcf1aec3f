/**
 * What the search knows about a catalogue besides its index: each service's display data and
 * the vocabulary for compounds. Rebuilt from the document on every load; it is cheap next to
 * indexing (names are analysed lazily, through the analyser's cache, when a search needs them).
 */
import type { CatalogueDocument, CatalogueGroup } from '../../shared/catalogue.ts';
import { catalogueWords, TextAnalyzer } from './analyze.ts';
import { CompoundSplitter } from './compounds.ts';

/** Display data of one service. */
export interface ServiceFacts {
  /** Service id. */
  id: string;
  /** Service name. */
  name: string;
  /** Lebenslage name ('' when the tree is incomplete). */
  lebenslage: string;
  /** OZG-Leistung name ('' when the tree is incomplete). */
  leistung: string;
}

/** The catalogue as the search sees it. */
export interface CatalogueFacts {
  /** Compound vocabulary of this catalogue. */
  splitter: CompoundSplitter;
  /** Analyser with that vocabulary. */
  analyzer: TextAnalyzer;
  /** Facts per service id. */
  services: Map<string, ServiceFacts>;
}

/** Collects the facts of a catalogue document. */
export function collectFacts(doc: CatalogueDocument): CatalogueFacts {
  const splitter = new CompoundSplitter(catalogueWords(doc));
  const analyzer = new TextAnalyzer(splitter);
  const groups = new Map<string, CatalogueGroup>(doc.groups.map((group) => [group.id, group]));
  const services = new Map<string, ServiceFacts>();
  for (const service of doc.services) {
    const leistung = groups.get(service.leistungId);
    const lebenslage = leistung?.parentId == null ? undefined : groups.get(leistung.parentId);
    services.set(service.id, {
      id: service.id,
      name: service.name,
      lebenslage: lebenslage?.name ?? '',
      leistung: leistung?.name ?? '',
    });
  }
  return { splitter, analyzer, services };
}
