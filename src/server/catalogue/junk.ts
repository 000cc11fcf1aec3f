/**
 * Recognises test data and keyboard mash that editors left in the OZG catalogue ("Test 4",
 * "aaaaabbbbb", "sdesf"). Deliberately narrow: a real name wrongly dropped hides a service from
 * citizens, while a junk name let through is only an odd entry, so every rule must be one that no
 * name in the real catalogue triggers (the import tests check this against the whole file).
 */

/** Placeholder words that testers type, alone or followed by a number ("Test 124", "dummy"). */
const PLACEHOLDER = /^(?:test|dummy|asdf|xxx|lorem(?: ipsum)?|todo|tbd)[\s\-_.#\d]*$/i;

/** Four or more of the same letter in a row ("aaaaabbbbb"); German has at most three ("Schifffahrt"). */
const LETTER_RUN = /(\p{L})\1{3,}/iu;

/**
 * One all-lower-case word ("sdesf", "asdqw"): catalogue names, law names and legal texts start
 * with a capital letter, a digit or "§", and lower-case names are always several words
 * ("abgeschleppte Fahrzeuge"), so a lone lower-case token is what keyboard mash looks like.
 */
const LOWERCASE_WORD = /^[\p{Ll}]+$/u;

/** True when a field value (law name, legal basis, LeiKa type) looks like test data. */
export function isJunkValue(text: string): boolean {
  const value = text.trim();
  return PLACEHOLDER.test(value) || LETTER_RUN.test(value) || LOWERCASE_WORD.test(value);
}

/** True when a display name looks like test data; a name also needs at least one letter. */
export function isJunkName(text: string): boolean {
  return !/\p{L}/u.test(text) || isJunkValue(text);
}
