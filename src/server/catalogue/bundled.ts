import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { readJsonFile } from './read-json.ts';
import { canonicalCatalogue, isCataloguePublished, publishCanonical } from './publish.ts';

/** The catalogue that ships with this release. */
export const BUNDLED_CATALOGUE = fileURLToPath(new URL('./catalogue.json', import.meta.url));

/** What startup did with the bundled catalogue. */
export interface BundledOutcome {
  /** Version of the bundled document. */
  version: string;
  /** True when it was published now, false when it had been published before. */
  published: boolean;
}

/**
 * Publishes the bundled catalogue if this exact content was never published: a release with a new
 * bundled catalogue reaches devices, while a restart never replaces a catalogue an administrator
 * published since. Throws JsonFileError or CatalogueFormatError for a broken file.
 */
export async function publishBundledCatalogue(
  db: Kysely<Database>,
  file: string = BUNDLED_CATALOGUE,
): Promise<BundledOutcome> {
  const canonical = canonicalCatalogue(await readJsonFile(file));
  if (await isCataloguePublished(db, canonical.version)) {
    return { version: canonical.version, published: false };
  }
  await publishCanonical(db, canonical);
  return { version: canonical.version, published: true };
}
