/**
 * Turns catalogue text into index terms: every word as folded and its stem, and separately the
 * parts of compounds (and their stems), so that parts can weigh less than whole words.
 */
import type { CatalogueDocument } from '../../shared/catalogue.ts';
import type { CompoundSplitter } from './compounds.ts';
import { indexWords } from './normalize.ts';
import { stemWord } from './stem.ts';
import { isStopword } from './stopwords.ts';

/** The terms of one text: whole words, and compound parts plus joined hyphenated forms. */
export interface AnalyzedText {
  /** Folded words and their stems, in order (repeats kept: they are term frequencies). */
  words: string[];
  /** Compound parts and their stems, and the joined forms of hyphenated words. */
  parts: string[];
  /** Per meaningful word, the terms that stand for it (for coverage of a service name). */
  forms: WordTerms[];
}

/** The terms of one word: as a whole (word, stem) and through its compound parts. */
export interface WordTerms {
  /** The folded word and its stem. */
  whole: string[];
  /** Its compound parts and their stems. */
  parts: string[];
}

/** Analyses texts with one catalogue's compound vocabulary; caches repeated texts. */
export class TextAnalyzer {
  private readonly cache = new Map<string, AnalyzedText>();

  /** `splitter` knows the catalogue's vocabulary. */
  constructor(private readonly splitter: CompoundSplitter) {}

  /** The index terms of a text. */
  analyze(text: string): AnalyzedText {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const { words, joined } = indexWords(text);
    const result: AnalyzedText = { words: [], parts: [], forms: [] };
    for (const word of words) {
      const whole = withStem(word);
      const parts = this.splitter.split(word).flatMap(withStem);
      result.words.push(...whole);
      result.parts.push(...parts);
      if (!isStopword(word)) result.forms.push({ whole, parts });
    }
    for (const word of joined) result.parts.push(...withStem(word));
    this.cache.set(text, result);
    return result;
  }
}

/** A word and, when it differs, its stem. */
export function withStem(word: string): string[] {
  const stem = stemWord(word);
  return stem === word ? [word] : [word, stem];
}

/** Every folded word of the catalogue's names, the vocabulary compounds are split against. */
export function catalogueWords(doc: CatalogueDocument): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of indexWords(text).words) if (!isStopword(word)) words.add(word);
  };
  for (const service of doc.services) add(service.name);
  for (const group of doc.groups) add(group.name);
  return words;
}
