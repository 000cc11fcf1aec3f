/**
 * Turns what a person typed into query slots: one slot per meaningful word (or per synonym
 * phrase such as "hartz 4"), each listing the index terms that satisfy it and how.
 */
import { withStem } from './analyze.ts';
import type { CompoundSplitter } from './compounds.ts';
import { splitWords } from './normalize.ts';
import { isStopword } from './stopwords.ts';
import type { SynonymTable } from './synonym-table.ts';

/** Words shorter than this get no typo tolerance: one edit changes them too much. */
export const MIN_FUZZY_LENGTH = 5;
/** At most this many catalogue compounds are tried for a head typed alone ("urkunde"). */
const MAX_HEAD_EXPANSIONS = 40;

/** Every index term that can satisfy one word of a phrase. */
export type WordForms = readonly string[];

/** One thing the person asked for; a service matches it through any of these routes. */
export interface QuerySlot {
  /** The words as typed (folded), for diagnostics. */
  text: string;
  /** Terms that count as an exact match: the word (first), its stem, compounds it heads. */
  exact: string[];
  /** The word with two neighbouring letters swapped: exact look-ups that count as fuzzy. */
  near: string[];
  /** The word being typed, searched as a prefix; null for finished words. */
  prefix: string | null;
  /** The word searched with one edit of tolerance; null for short words. */
  fuzzy: string | null;
  /** Compound parts, or the words of a multi-word key: a service must contain all of one. */
  phrases: WordForms[][];
  /** Catalogue phrases from the synonym map, in the same form; they weigh more (curated). */
  synonyms: WordForms[][];
}

/** Builds the slots of a query; [] when it has no words. */
export function parseQuery(
  query: string,
  splitter: CompoundSplitter,
  synonyms: SynonymTable,
): QuerySlot[] {
  const words = splitWords(query);
  const typing = query.length > 0 && !/\s$/u.test(query);
  const tokens = synonyms.group(words);
  const meaningful = tokens.filter((token) => token.phrases.length > 0 || !isStopword(token.text));
  const kept = meaningful.length > 0 ? meaningful : tokens;
  return kept.map((token, index) => {
    const last = typing && index === kept.length - 1 && token === tokens[tokens.length - 1];
    if (token.words.length > 1) {
      return {
        text: token.text,
        exact: [],
        near: [],
        prefix: null,
        fuzzy: null,
        phrases: [token.words.map(withStem)],
        synonyms: token.phrases,
      };
    }
    return wordSlot(token.text, last, token.phrases, splitter);
  });
}

function wordSlot(
  word: string,
  typing: boolean,
  synonymPhrases: WordForms[][],
  splitter: CompoundSplitter,
): QuerySlot {
  const exact = withStem(word);
  const phrases: WordForms[][] = [];
  if (!splitter.has(word)) {
    // "Kindergeldantrag" means Kindergeld: request words inside a compound do not count.
    const parts = splitter.cut(word).filter((part) => !isStopword(part));
    if (parts.length > 0) phrases.push(parts.map(withStem));
    if (word.length >= MIN_FUZZY_LENGTH) {
      exact.push(...splitter.compoundsEndingWith(word).slice(0, MAX_HEAD_EXPANSIONS));
    }
  }
  const longEnough = word.length >= MIN_FUZZY_LENGTH;
  return {
    text: word,
    exact,
    near: longEnough ? transpositions(word) : [],
    prefix: typing ? word : null,
    fuzzy: longEnough ? word : null,
    phrases,
    synonyms: synonymPhrases,
  };
}

/** The word with each pair of neighbouring letters swapped ("wohnstiz" → "wohnsitz", …). */
export function transpositions(word: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] === word[i + 1]) continue;
    found.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  }
  return [...found];
}
