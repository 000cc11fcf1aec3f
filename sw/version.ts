/** One precache entry as Workbox injects it into `self.__WB_MANIFEST`. */
export interface ManifestEntry {
  url: string;
  revision?: string | null;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A short build id derived from the precache manifest. It changes exactly when a precached file
 * changes, which is also when the browser sees a new service worker, so no build-time define is
 * needed.
 */
export function buildVersion(entries: readonly (ManifestEntry | string)[]): string {
  const lines = entries
    .map((entry) => (typeof entry === 'string' ? entry : `${entry.url} ${entry.revision ?? ''}`))
    .sort();
  let hash = FNV_OFFSET;
  for (const char of lines.join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
