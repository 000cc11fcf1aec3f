/**
 * Words that carry no meaning for finding a service: articles, prepositions, and the request
 * phrasing people wrap around it ("ich möchte … beantragen"). Folded like all other words.
 * They are dropped from queries (unless nothing else is left) and never count against coverage.
 */
import { foldWord } from './normalize.ts';

const WORDS = [
  // Articles, pronouns, prepositions, conjunctions.
  'der die das des dem den ein eine einer eines einem einen und oder für von vom zu zum zur',
  'im in an am auf aus bei beim mit nach über unter als auch bzw u a ab bis ohne wegen sowie',
  'ich mein meine meinen meiner mich mir wir uns unser unsere sie ihr ihre er es man sich',
  'wie wo was wann welche welcher warum wer',
  // Request phrasing.
  'ist bin sind hat habe haben will möchte möchten brauche brauchen muss müssen kann können',
  'bitte hilfe neu neue neuen neuer machen beantragen antrag antragen stellen online formular',
].join(' ');

/** Folded stopwords. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(' ').map(foldWord));

/** Whether a folded word is a stopword. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
