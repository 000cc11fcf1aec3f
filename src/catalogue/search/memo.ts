/**
 * Caches a pure string function. Catalogue text repeats the same few thousand words tens of
 * thousands of times, so folding and stemming each word once makes indexing several times faster.
 */

/** Wraps `fn` with a cache of at most `max` entries (cleared when full, so memory stays bounded). */
export function memoize(fn: (input: string) => string, max = 50_000): (input: string) => string {
  const cache = new Map<string, string>();
  return (input) => {
    let output = cache.get(input);
    if (output === undefined) {
      if (cache.size >= max) cache.clear();
      output = fn(input);
      cache.set(input, output);
    }
    return output;
  };
}
