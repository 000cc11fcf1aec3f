/**
 * `npm run catalogue:publish -- <file.json>`: validates a catalogue document and makes it the one
 * devices download. Uses the same DATA_DIR / DATABASE_URL as the server. Prints the version.
 */
import { readStorageConfig } from '../config.ts';
import { openStorage } from '../storage/open-storage.ts';
import { canonicalCatalogue, publishCanonical } from './publish.ts';
import { readJsonFile } from './read-json.ts';

async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (file === undefined || args.length > 1) {
    console.error('usage: npm run catalogue:publish -- <catalogue.json>');
    return 2;
  }
  // Read and validate before opening the database, so a bad file never touches storage.
  const canonical = canonicalCatalogue(await readJsonFile(file));
  const { db } = await openStorage(readStorageConfig());
  try {
    const result = await publishCanonical(db, canonical);
    console.log(result.version);
    console.error(
      `${result.changed ? 'published' : 'already current'}: ${result.services} services, ${result.sizeBytes} bytes`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const name = error instanceof Error ? error.name : 'Error';
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
