/**
 * The rules every translation file must follow against its German source: the same keys, no
 * empty strings, the same placeholders, and plural keys in exactly the plural categories of the
 * language (Intl.PluralRules: Arabic has six, Polish four, Turkish two).
 */

/** A parsed locale file. */
export interface LocaleTree {
  [key: string]: string | LocaleTree;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)[^}]*\}\}/g;

/** Dotted key → string, for every string of a tree; non-strings are reported as problems. */
export function flatten(tree: unknown, prefix = '', into = new Map<string, unknown>()) {
  if (typeof tree === 'object' && tree !== null && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, tree);
  }
  return into;
}

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();

/** The plural categories of a language (Leichte Sprache follows German). */
export const pluralCategories = (lng: string): string[] =>
  new Intl.PluralRules(lng.startsWith('de-') ? 'de' : lng).resolvedOptions().pluralCategories;

/** Every problem of one translated file against its German source, as readable lines. */
export function localeProblems(source: unknown, target: unknown, lng: string): string[] {
  const problems: string[] = [];
  const german = flatten(source);
  const translated = flatten(target);
  const categories = pluralCategories(lng);
  const expected = new Map<string, string>(); // target key → German key it must match
  for (const key of german.keys()) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      expected.set(key, key);
      continue;
    }
    const base = key.slice(0, plural.index);
    for (const category of categories) expected.set(`${base}_${category}`, `${base}_other`);
  }
  for (const [key, germanKey] of expected) {
    const value = translated.get(key);
    if (value === undefined) {
      problems.push(`missing key ${key}`);
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(`${key} is not a string`);
      continue;
    }
    if (value.trim() === '') {
      problems.push(`${key} is empty`);
      continue;
    }
    const source = german.get(germanKey) ?? german.get(key);
    const wanted = placeholders(typeof source === 'string' ? source : '');
    const found = placeholders(value);
    const isPluralForm = germanKey !== key || PLURAL_SUFFIX.test(key);
    // A singular or zero form may say the number in words ("one", "no") instead of {{count}}.
    const required = isPluralForm ? wanted.filter((name) => name !== 'count') : wanted;
    const missing = required.filter((name) => !found.includes(name));
    const unknown = found.filter((name) => !wanted.includes(name));
    if (missing.length) problems.push(`${key} lacks {{${missing.join('}}, {{')}}}`);
    if (unknown.length) problems.push(`${key} has unknown {{${unknown.join('}}, {{')}}}`);
  }
  for (const key of translated.keys()) {
    if (!expected.has(key)) problems.push(`unexpected key ${key} (not in German)`);
  }
  return problems;
}
