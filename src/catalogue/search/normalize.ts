/**
 * Text normalisation shared by indexing and querying. Both sides go through the same functions,
 * so a spelling variant only has to fold to the same string, not to the "correct" one.
 */

import { memoize } from './memo.ts';

/** Umlauts, ß and their ASCII transliterations, folded to the plain vowel (ß to ss). */
const UMLAUT = /ae|oe|ue|[äöüß]/gu;
const UMLAUT_FOLD: Readonly<Record<string, string>> = {
  ä: 'a',
  ae: 'a',
  ö: 'o',
  oe: 'o',
  ü: 'u',
  ue: 'u',
  ß: 'ss',
};
const COMBINING_MARKS = /\p{M}+/gu;
/** Three equal letters, as in "Schifffahrt" since the 1996 reform ("Schiffahrt" before). */
const TRIPLE_LETTER = /(\p{L})\1{2,}/gu;
/** Anything that is not a letter, a digit, or a joiner inside a word. */
const WORD_BREAK = /[^\p{L}\p{N}/-]+/u;
const JOINERS = /[/-]+/u;

/** Lowercase and Unicode NFKC: the first step for every text, indexed or typed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Folds one lowercase word so that spelling variants meet: ä/ae→a, ö/oe→o, ü/ue→u, ß→ss (as
 * in Swiss spelling and the 1996 reform: "Straße" = "Strasse"), other diacritics dropped,
 * triple letters made double ("Schifffahrt" = "Schiffahrt"). Words that merely contain "ue"
 * ("steuer"→"steur", "neue"→"neu") fold the same way on both sides, so they still match.
 * "ss" stays "ss" (not "s") so that compound joints survive: "Kindertages|stätte".
 */
export const foldWord = memoize(foldUncached);

function foldUncached(word: string): string {
  const umlautsFolded = word.replace(UMLAUT, (match) => UMLAUT_FOLD[match] ?? match);
  return umlautsFolded.normalize('NFD').replace(COMBINING_MARKS, '').replace(TRIPLE_LETTER, '$1$1');
}

/** Folded words of a text, split at spaces, punctuation, hyphens and slashes, in order. */
export function splitWords(text: string): string[] {
  return chunks(text).flatMap((chunk) => pieces(chunk).map(foldWord));
}

/**
 * The words of a text for the index: like splitWords, plus the joined form of a hyphenated word
 * ("Kita-Gutschein" also yields "kitagutschein"), so it is found however a person writes it.
 * Slashes separate alternatives ("Existenzsicherung/Unterstützung"), so they get no joined form.
 */
export function indexWords(text: string): { words: string[]; joined: string[] } {
  const words: string[] = [];
  const joined: string[] = [];
  for (const chunk of chunks(text)) {
    for (const alternative of chunk.split('/')) {
      const parts = pieces(alternative);
      words.push(...parts.map(foldWord));
      if (parts.length > 1) joined.push(foldWord(parts.join('')));
    }
  }
  return { words, joined };
}

function chunks(text: string): string[] {
  return normalizeText(text)
    .split(WORD_BREAK)
    .filter((chunk) => chunk !== '');
}

function pieces(chunk: string): string[] {
  return chunk.split(JOINERS).filter((piece) => piece !== '');
}
