/**
 * Canonical JSON: object keys sorted by code unit at every level, no whitespace, `undefined`
 * properties dropped (as JSON.stringify does). The same content always gives the same bytes, so
 * the SHA-256 version does not depend on how an author ordered keys in a definition file, and
 * every stateless server process publishes the same version.
 */

/** JSON values as the forms document holds them. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The canonical JSON text of a plain-data value (no Dates, Maps, cycles or functions). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // A null prototype so a key named `__proto__` stays data instead of replacing the prototype.
  const sorted = Object.create(null) as { [key: string]: Json };
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}
