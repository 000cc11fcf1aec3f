/**
 * The stemmer the search uses: derivational -ung/-ungen first ("Anmeldung" meets "anmelden"),
 * then CISTEM in its case-insensitive mode (people type in lower case), without the ge- rule
 * (it merges unrelated nouns such as "Gewerbe" and "Werbung") and with a minimum stem of four
 * letters, so that "Wohnung", "wohnen" and the part "wohn" of "Wohnsitz" all stem to "wohn".
 */
import { cistem } from './cistem.ts';
import { memoize } from './memo.ts';

/** Shortest stem the search keeps. */
export const MIN_STEM_LENGTH = 4;

const DERIVATIONAL_SUFFIXES = ['ungen', 'ung'] as const;

/** Stems one folded word (see foldWord) for matching. */
export const stemWord = memoize(stemUncached);

function stemUncached(folded: string): string {
  let word = folded;
  for (const suffix of DERIVATIONAL_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM_LENGTH) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return cistem(word, { caseInsensitive: true, stripGe: false, minLength: MIN_STEM_LENGTH });
}
