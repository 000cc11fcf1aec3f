/**
 * Stable ASCII ids for catalogue groups and for services without a LeiKa key. Ids end up in
 * URLs, IndexedDB keys and links that users bookmark, so they must not change between imports.
 */

/** German letters folded the way Germans write them without umlauts (Straße → strasse). */
const GERMAN_FOLDING: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-case ASCII slug of a display name: "Bauen & Wohnen" → "bauen-wohnen". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_FOLDING[letter] ?? letter)
    // Other accents (é, ç) lose their marks rather than the whole letter.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name made only of symbols still needs a non-empty, stable id.
  return slug === '' ? `h${shortHash(name)}` : slug;
}

/** 8 hex digits of FNV-1a (32 bit) over the UTF-16 code units: short, stable, not secret. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
