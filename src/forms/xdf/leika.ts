/** LeiKa keys: 14 digits; services of the federal catalogue start with 99. */

/** True for a syntactically valid LeiKa key. */
export function isLeikaKey(value: string): boolean {
  return /^\d{14}$/.test(value);
}

const IN_TEXT = /(?:urn:de:fim:leika:leistung:)?\b(99\d{12})\b/g;

/** LeiKa keys mentioned in free texts of a schema (URNs or bare keys starting with 99). */
export function leikaKeysInText(texts: (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const match of text?.matchAll(IN_TEXT) ?? []) if (match[1]) keys.add(match[1]);
  }
  return [...keys];
}
