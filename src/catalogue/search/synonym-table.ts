/**
 * The synonym data (synonyms.ts) prepared for look-up: keys folded, phrases split into words
 * with their stems, and the grouping of a query's words into synonym keys.
 */
import { withStem } from './analyze.ts';
import { splitWords } from './normalize.ts';
import type { WordForms } from './query.ts';

/** Words of a query after synonym grouping: a key of one or more words, or a plain word. */
export interface QueryToken {
  /** The folded words, joined by a space. */
  text: string;
  /** The folded words. */
  words: string[];
  /** Catalogue phrases this token stands for (none for plain words). */
  phrases: WordForms[][];
}

/** Longest key, in words. */
const MAX_KEY_WORDS = 3;

/** Synonyms keyed by folded phrase. */
export class SynonymTable {
  private readonly entries = new Map<string, WordForms[][]>();

  /** `data` maps what people say to catalogue phrases (see synonyms.ts). */
  constructor(data: Readonly<Record<string, readonly string[]>>) {
    for (const [key, phrases] of Object.entries(data)) {
      const folded = splitWords(key).join(' ');
      this.entries.set(
        folded,
        phrases.map((phrase) => splitWords(phrase).map(withStem)),
      );
    }
  }

  /** Groups folded words into tokens, preferring the longest synonym key at each position. */
  group(words: readonly string[]): QueryToken[] {
    const tokens: QueryToken[] = [];
    let start = 0;
    while (start < words.length) {
      let token: QueryToken | null = null;
      for (let length = Math.min(MAX_KEY_WORDS, words.length - start); length >= 1; length -= 1) {
        const slice = words.slice(start, start + length);
        const phrases = this.entries.get(slice.join(' '));
        if (phrases !== undefined) {
          token = { text: slice.join(' '), words: slice, phrases };
          break;
        }
      }
      const word = words[start] ?? '';
      token ??= { text: word, words: [word], phrases: [] };
      tokens.push(token);
      start += token.words.length;
    }
    return tokens;
  }
}
