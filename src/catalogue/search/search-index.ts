/**
 * The MiniSearch index over a catalogue: which fields exist, what goes into them, and how
 * much each weighs. All text analysis happens before MiniSearch sees it; MiniSearch only
 * splits the prepared terms at spaces.
 */
import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { CatalogueDocument, CatalogueService } from '../../shared/catalogue.ts';
import type { TextAnalyzer } from './analyze.ts';
import type { CatalogueFacts } from './catalogue-facts.ts';

/** Indexed fields, each a space-separated list of prepared terms. */
export interface IndexedService {
  /** Service id. */
  id: string;
  /** Words of the service name and their stems. */
  name: string;
  /** Compound parts of the service name, their stems, joined hyphenated forms. */
  parts: string;
  /** Words and parts of the OZG-Leistung name. */
  leistung: string;
  /** Words and parts of the Lebenslage name. */
  lebenslage: string;
  /** Short law names ("BMG", "SGB II"). */
  laws: string;
}

/** Field weights: the service name counts most, the law abbreviations least. */
export const FIELD_BOOST = {
  name: 3,
  parts: 1.5,
  leistung: 1,
  lebenslage: 0.4,
  laws: 0.3,
} as const;

const FIELDS = Object.keys(FIELD_BOOST);
const identity = (term: string) => term;

/** MiniSearch options; loading a serialized index needs the very same. */
export function indexOptions(): Options<IndexedService> {
  return {
    fields: FIELDS,
    storeFields: [],
    tokenize: (text) => text.split(' ').filter((term) => term !== ''),
    processTerm: identity,
    searchOptions: {
      boost: { ...FIELD_BOOST },
      combineWith: 'OR',
      tokenize: (text) => [text],
      processTerm: identity,
    },
  };
}

/** Builds the index over all services of a catalogue. */
export function buildIndex(
  doc: CatalogueDocument,
  facts: CatalogueFacts,
): MiniSearch<IndexedService> {
  const index = new MiniSearch<IndexedService>(indexOptions());
  index.addAll(doc.services.map((service) => indexedService(service, facts)));
  return index;
}

function indexedService(service: CatalogueService, facts: CatalogueFacts): IndexedService {
  const { analyzer } = facts;
  const known = facts.services.get(service.id);
  const name = analyzer.analyze(service.name);
  return {
    id: service.id,
    name: name.words.join(' '),
    parts: name.parts.join(' '),
    leistung: allTerms(analyzer, known?.leistung ?? ''),
    lebenslage: allTerms(analyzer, known?.lebenslage ?? ''),
    laws: allTerms(analyzer, service.lawsShort ?? ''),
  };
}

function allTerms(analyzer: TextAnalyzer, text: string): string {
  const analyzed = analyzer.analyze(text);
  return [...analyzed.words, ...analyzed.parts].join(' ');
}
