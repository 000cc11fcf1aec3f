/**
 * A usable destination on a fresh machine: when no office exists, `npm start` creates the demo
 * office with a new key pair and writes its private key into DATA_DIR, so applications can be
 * sent and opened (`npm run office:decrypt`) without any setup. Not for real applications.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { writePrivateKeyFile } from './key-file.ts';
import { generateOfficeKeyPair } from './office-keys.ts';
import { createOffice } from './offices-store.ts';

/** Id of the demo office. */
export const DEMO_OFFICE_ID = 'demo';

/** Name of the demo office. */
export const DEMO_OFFICE_NAME = 'Demo-Behörde (nur zum Ausprobieren)';

/** What ensureDemoOffice did. */
export type DemoOfficeOutcome = { created: false } | { created: true; file: string; kid: string };

/**
 * Creates the demo office when the database has no office at all; its private key goes to
 * `<keysDir>/demo-office-<kid>.private.jwk` (mode 0600). A concurrent start that created it first
 * wins: the loser removes its own key file.
 */
export async function ensureDemoOffice(
  db: Kysely<Database>,
  keysDir: string,
  now: Date = new Date(),
): Promise<DemoOfficeOutcome> {
  const any = await db.selectFrom('offices').select('id').limit(1).executeTakeFirst();
  if (any !== undefined) return { created: false };
  const pair = await generateOfficeKeyPair();
  const kid = pair.publicKey.kid;
  const file = join(keysDir, `demo-office-${kid.slice(0, 12)}.private.jwk`);
  // The private key is on disk before the public one is published: no application can be
  // encrypted to a key nobody holds.
  await writePrivateKeyFile(file, pair.privateJwk);
  let created = false;
  try {
    created = await createOffice(
      db,
      { id: DEMO_OFFICE_ID, name: DEMO_OFFICE_NAME },
      pair.publicKey,
      now,
    );
  } finally {
    if (!created) await rm(file, { force: true });
  }
  return created ? { created: true, file, kid } : { created: false };
}
