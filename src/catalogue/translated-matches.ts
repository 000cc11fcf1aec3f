/**
 * Finds Themenfelder, Lebenslagen and form services by their translated names, so that a person
 * who types in the UI language (Turkish "çocuk", Arabic "أطفال") finds something even though the
 * full-text search knows only the German names. Pure code on the page side (first screen: keep it
 * small); the names themselves come from `ownTranslatedNames` (content-names.ts).
 */
import type { GroupKind } from '../shared/catalogue.ts';
import { SOURCE_LANGUAGE, primaryLanguage } from '../i18n/languages.ts';

/** What a translated name belongs to: a group (browse screen) or a service (service screen). */
export type TranslatedKind = GroupKind | 'service';

/** A catalogue name in the UI language's own translation. */
export interface TranslatedName {
  /** Group or service id, as in the catalogue. */
  id: string;
  /** What it names. */
  kind: TranslatedKind;
  /** The translated name. */
  name: string;
}

/** The names of one language, prepared for matching. */
export interface TranslatedNameIndex {
  /** The UI language the names are in. */
  lang: string;
  /** Each name with its normalised words (and their variants without Arabic clitics). */
  entries: readonly IndexedName[];
}

interface IndexedName {
  name: TranslatedName;
  words: readonly (readonly string[])[];
}

/** Enough to see at a glance; the German results follow below. */
export const MAX_TRANSLATED_MATCHES = 8;

/** Shorter query words match too many names to help. */
const MIN_QUERY_WORD = 2;

/**
 * Letters that look alike or are typed alike but neither decompose nor lowercase to one another:
 * Persian and Arabic yeh/kaf, alef maqsura, teh marbuta (often typed as heh), alef wasla; Turkish
 * dotless ı (German keyboards have none) and Polish ł (NFKD keeps it).
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u06cc': '\u064a', // Persian yeh ی → Arabic yeh ي
  '\u0649': '\u064a', // alef maqsura ى → ي
  '\u06a9': '\u0643', // Persian kaf ک → Arabic kaf ك
  '\u0629': '\u0647', // teh marbuta ة → heh ه
  '\u0671': '\u0627', // alef wasla ٱ → alef ا
  ı: 'i',
  ł: 'l',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');
/** Accents, tashkeel and the hamza/madda of أ إ آ ؤ ئ (split off by NFKD), tatweel, ZWNJ. */
const MARKS = /[\p{M}\u0640\u200c\u200d]/gu;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
const ZWNJ = '\u200c';
/** Arabic "and"/"so", a preposition and the article: "والسكن" → "سكن", "للأطفال" → "اطفال". */
const ARABIC_CLITICS = /^[وف]?(?:[بكل]?ال|لل)/u;

/** Whether a language needs no translated matches: the German search covers German and LS. */
export const searchesInGerman = (lang: string): boolean =>
  primaryLanguage(lang) === SOURCE_LANGUAGE;

/** The words of a text, lowercased for its language and folded so that spelling variants meet. */
export function normalizedWords(text: string, lang: string): string[] {
  return text
    .toLocaleLowerCase(primaryLanguage(lang))
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(LOOKALIKE, (letter) => LOOKALIKES[letter] ?? letter)
    .split(WORD_BREAK)
    .filter(Boolean);
}

/** An Arabic word without its prefixed article and conjunction; other words as they are. */
function withoutClitics(word: string): string {
  const bare = word.replace(ARABIC_CLITICS, '');
  return bare.length >= MIN_QUERY_WORD ? bare : word;
}

/** A name's word and its bare form, so that "أطفال" finds "الأطفال" and "والأطفال". */
function wordForms(word: string): string[] {
  const bare = withoutClitics(word);
  return bare === word ? [word] : [word, bare];
}

/**
 * A name's words, plus the parts of Persian words joined by a zero-width non-joiner, which people
 * often type with a space instead ("مناقصه ها" for "مناقصه‌ها").
 */
function wordsAndParts(text: string, lang: string): string[] {
  const words = normalizedWords(text, lang);
  if (!text.includes(ZWNJ)) return words;
  const parts = normalizedWords(text.replaceAll(ZWNJ, ' '), lang);
  return [...new Set([...words, ...parts])];
}

/** Prepares a language's translated names once; matching then only compares strings. */
export function indexTranslatedNames(
  names: readonly TranslatedName[],
  lang: string,
): TranslatedNameIndex {
  const entries = names.map((name) => ({
    name,
    words: wordsAndParts(name.name, lang).map(wordForms),
  }));
  return { lang, entries };
}

/** Shortest stem two inflected forms must share ("çocuk|lar", "żłob|ka" ~ "żłob|ek"). */
const MIN_STEM = 4;
/** Letters an ending may differ by once the stems agree (case and plural endings). */
const MAX_ENDING = 2;

/** Length of the common beginning of two words. */
function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether a typed word is another form of a name's word: most of our languages inflect by
 * endings (Turkish "çocuklar" for "çocuk", Polish "żłobka" for "żłobek", Russian "пособия" for
 * "пособие"), so a long enough shared start with short differing endings counts.
 */
function isInflection(queryWord: string, word: string): boolean {
  const shared = sharedStart(queryWord, word);
  // The whole name word typed with any suffixes: "çocuklarımız" for "çocuk".
  const suffixed = shared === word.length;
  return (
    shared >= MIN_STEM &&
    word.length - shared <= MAX_ENDING &&
    (suffixed || queryWord.length - shared <= MAX_ENDING)
  );
}

/**
 * 2 when a name has the query word as a whole word, 1 as the start of a word or another form of
 * one, 0 not at all.
 */
function wordMatch(queryWord: string, words: IndexedName['words']): number {
  let best = 0;
  for (const forms of words) {
    for (const form of forms) {
      if (form === queryWord) return 2;
      if (form.startsWith(queryWord) || isInflection(queryWord, form)) best = 1;
    }
  }
  return best;
}

/** Options of `findTranslatedMatches`. */
export interface TranslatedMatchOptions {
  /** At most this many, best first (default `MAX_TRANSLATED_MATCHES`). */
  limit?: number;
  /** Ids to leave out, e.g. services the German search already lists. */
  except?: ReadonlySet<string>;
}

/**
 * The query's words as compared: 2+ letters, Arabic ones without their clitics, so that
 * "الأطفال" still finds "والأطفال". The article "ال" alone would match almost every name.
 */
function queryWords(query: string, lang: string): string[] {
  return normalizedWords(query, lang)
    .filter((word) => word.length >= MIN_QUERY_WORD && word.replace(ARABIC_CLITICS, '') !== '')
    .map(withoutClitics);
}

/**
 * The names in which every query word starts a word (or is another form of one), best first: more whole-word matches, then
 * fewer words in the name (a close match), then alphabetical. Empty for German and Leichte
 * Sprache, and for a query without a usable word.
 */
export function findTranslatedMatches(
  query: string,
  index: TranslatedNameIndex,
  { limit = MAX_TRANSLATED_MATCHES, except }: TranslatedMatchOptions = {},
): TranslatedName[] {
  const words = searchesInGerman(index.lang) ? [] : queryWords(query, index.lang);
  if (!words.length) return [];
  const scored: { entry: IndexedName; whole: number }[] = [];
  for (const entry of index.entries) {
    if (except?.has(entry.name.id)) continue;
    const matches = words.map((word) => wordMatch(word, entry.words));
    if (matches.includes(0)) continue;
    scored.push({ entry, whole: matches.filter((match) => match === 2).length });
  }
  const collator = new Intl.Collator(index.lang);
  return scored
    .sort(
      (a, b) =>
        b.whole - a.whole ||
        a.entry.words.length - b.entry.words.length ||
        collator.compare(a.entry.name.name, b.entry.name.name),
    )
    .slice(0, limit)
    .map(({ entry }) => entry.name);
}
