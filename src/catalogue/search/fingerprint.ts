/**
 * A short fingerprint of everything the index is built from, so a cached index is only loaded
 * for the catalogue (and the analysis code) it was built for.
 */
import type { CatalogueDocument } from '../../shared/catalogue.ts';

/**
 * Version of the index contents. Bump it whenever folding, stemming, compound splitting, the
 * stopwords or the fields change: an index cached by an older build is then rebuilt.
 */
export const SEARCH_INDEX_FORMAT = 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bit) over the index format and every indexed field of the catalogue. */
export function catalogueFingerprint(doc: CatalogueDocument): string {
  let hash = FNV_OFFSET;
  const add = (text: string | null) => {
    const value = `${text ?? '\u0000'}\u0001`;
    for (let i = 0; i < value.length; i += 1) {
      hash = Math.imul(hash ^ value.charCodeAt(i), FNV_PRIME) >>> 0;
    }
  };
  add(String(SEARCH_INDEX_FORMAT));
  for (const group of doc.groups) {
    add(group.id);
    add(group.parentId);
    add(group.name);
  }
  for (const service of doc.services) {
    add(service.id);
    add(service.name);
    add(service.leistungId);
    add(service.lawsShort);
  }
  return `${SEARCH_INDEX_FORMAT}-${doc.services.length}-${hash.toString(16).padStart(8, '0')}`;
}
