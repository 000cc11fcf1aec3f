// Static `import … from "x"`, side-effect `import "x"`, re-exports, and dynamic `import("x")`.
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])((?:\.{1,2}\/|\/|https?:\/\/)[^"'`\s]+?\.m?js)\1/g;

/** Module URLs a JavaScript module names in its import statements, resolved against its URL. */
export function importedUrls(source: string, moduleUrl: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[2];
    if (specifier) found.add(new URL(specifier, moduleUrl).href);
  }
  return [...found];
}

/**
 * Every loaded module reachable from `roots` through import statements. Only URLs in `loaded`
 * count, so a dynamic import the code never ran is not charged to it.
 */
export async function reachableModules(
  roots: string[],
  loaded: ReadonlySet<string>,
  readSource: (url: string) => Promise<string>,
): Promise<Set<string>> {
  const reached = new Set(roots);
  const queue = [...roots];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const next of importedUrls(await readSource(url), url)) {
      if (loaded.has(next) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}
