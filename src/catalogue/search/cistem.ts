/**
 * CISTEM, the German stemmer of Weißweiler & Fraser (2017), "Developing a Stemmer for German
 * Based on a Comparative Analysis of Publicly Available Stemmers" (GSCL 2017), after the
 * authors' reference implementation (github.com/LeonieWeissweiler/CISTEM). It strips
 * -em/-er/-nd (only while the word is longer than five), then -t (not for capitalised words unless
 * case-insensitive) and -e/-s/-n, repeatedly, while the word is longer than three. "sch", "ei"
 * and "ie" count as one letter and doubled letters are protected while it strips.
 */

/** Switches of the CISTEM algorithm; the defaults are the reference behaviour. */
export interface CistemOptions {
  /** Strip -t from capitalised words too (the reference's case-insensitive mode). */
  caseInsensitive?: boolean;
  /** Strip a leading "ge" before at least four more letters (reference: on). */
  stripGe?: boolean;
  /** Stop stripping once the word is this short (reference: 3). */
  minLength?: number;
}

const SCH = '\u0001';
const EI = '\u0002';
const IE = '\u0003';
const DOUBLE = '\u0004';

/** Stems one German word with CISTEM; returns it lowercase with umlauts folded. */
export function cistem(word: string, options: CistemOptions = {}): string {
  if (word === '') return word;
  const { caseInsensitive = false, stripGe = true, minLength = 3 } = options;
  const first = word.charAt(0);
  const upper = first !== first.toLowerCase();
  let stem = word
    .toLowerCase()
    .replaceAll('ü', 'u')
    .replaceAll('ö', 'o')
    .replaceAll('ä', 'a')
    .replaceAll('ß', 'ss');
  if (stripGe) stem = stem.replace(/^ge(.{4,})/u, '$1');
  stem = stem
    .replaceAll('sch', SCH)
    .replaceAll('ei', EI)
    .replaceAll('ie', IE)
    .replace(/(.)\1/gu, `$1${DOUBLE}`);
  stem = stripSuffixes(stem, minLength, !upper || caseInsensitive);
  return stem
    .replace(new RegExp(`(.)${DOUBLE}`, 'gu'), '$1$1')
    .replaceAll(EI, 'ei')
    .replaceAll(IE, 'ie')
    .replaceAll(SCH, 'sch');
}

function stripSuffixes(word: string, minLength: number, stripT: boolean): string {
  let stem = word;
  while (stem.length > minLength) {
    if (stem.length > 5 && (/e[mr]$/u.test(stem) || stem.endsWith('nd'))) {
      stem = stem.slice(0, -2);
    } else if (stripT && stem.endsWith('t')) {
      stem = stem.slice(0, -1);
    } else if (/[esn]$/u.test(stem)) {
      stem = stem.slice(0, -1);
    } else {
      break;
    }
  }
  return stem;
}
