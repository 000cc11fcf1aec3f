/**
 * `npm run office:keys -- <create|list|rotate> …`: the administrator's office keys. The private
 * key goes to a file the office keeps (mode 0600, never overwritten); the server stores only the
 * public key. Uses the same DATA_DIR / DATABASE_URL as the server; exit code 1 on any refusal.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { isOfficeId } from '../../shared/destination.ts';
import { readStorageConfig } from '../config.ts';
import { openStorage } from '../storage/open-storage.ts';
import type { Database } from '../storage/schema.ts';
import { writePrivateKeyFile } from './key-file.ts';
import { generateOfficeKeyPair, OfficeKeyError, type OfficeKeyPair } from './office-keys.ts';
import { addOfficeKey, createOffice, listOffices, OfficeStoreError } from './offices-store.ts';

const USAGE = `usage:
  npm run office:keys -- create <officeId> --name "<Name>" --out <private.jwk> [--services <id,id>]
  npm run office:keys -- rotate <officeId> --out <private.jwk> [--name "<Name>"]
  npm run office:keys -- list`;

/** A mistake on the command line: the message and the usage are printed. */
class UsageError extends Error {
  override name = 'UsageError';
}

function readArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        out: { type: 'string' },
        services: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main(args: string[]): Promise<number> {
  // Everything is checked before a key is generated: a typo never costs a key generation.
  const { values, positionals } = readArgs(args);
  const [command, officeId, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError('too many arguments');
  if (command === 'list') return withDb((db) => list(db));
  if (command !== 'create' && command !== 'rotate') throw new UsageError('unknown command');
  if (!isOfficeId(officeId)) throw new UsageError('officeId: 1–100 of A-Z a-z 0-9 . _ -');
  if (values.out === undefined) throw new UsageError('--out <file> is required');
  if (command === 'create' && !values.name) throw new UsageError('--name is required');
  const out = resolve(values.out);
  const services = values.services?.split(',').map((service) => service.trim());
  if (services?.some((service) => service === '')) {
    throw new UsageError('--services: a comma-separated list of service ids, or *');
  }
  return withDb(async (db) => {
    const known = (await listOffices(db)).some((office) => office.id === officeId);
    if (command === 'create' && known) {
      throw new OfficeStoreError(`office "${officeId}" exists; use "rotate" for a new key`);
    }
    if (command === 'rotate' && !known) throw new OfficeStoreError(`no office "${officeId}"`);
    const pair = await generateOfficeKeyPair();
    await writePrivateKeyFile(out, pair.privateJwk);
    try {
      if (command === 'create') {
        await create(db, { id: officeId, name: values.name!, services }, pair);
      } else {
        await addOfficeKey(db, officeId, pair.publicKey, new Date(), values.name);
      }
    } catch (error) {
      // The key was never stored: its file would only confuse the office.
      await rm(out, { force: true });
      throw error;
    }
    console.log(`${officeId}: new key ${pair.publicKey.kid}`);
    console.log(`private key: ${out} (keep it safe; the server has only the public key)`);
    return 0;
  });
}

async function create(
  db: Kysely<Database>,
  office: { id: string; name: string; services: string[] | undefined },
  pair: OfficeKeyPair,
): Promise<void> {
  const created = await createOffice(
    db,
    { id: office.id, name: office.name, ...(office.services ? { services: office.services } : {}) },
    pair.publicKey,
    new Date(),
  );
  if (!created) {
    throw new OfficeStoreError(`office "${office.id}" exists; use "rotate" for a new key`);
  }
}

async function list(db: Kysely<Database>): Promise<number> {
  const offices = await listOffices(db);
  if (offices.length === 0) console.log('no offices');
  for (const office of offices) {
    console.log(`${office.id}  ${office.name}  services: ${office.services.join(', ')}`);
    office.keys.forEach(({ key, createdAt }, index) => {
      const role = index === 0 ? 'current' : 'older (still accepted)';
      console.log(`  ${key.kid}  ${createdAt}  ${role}`);
    });
  }
  return 0;
}

async function withDb(run: (db: Kysely<Database>) => Promise<number>): Promise<number> {
  const { db } = await openStorage(readStorageConfig());
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n${USAGE}`);
    } else if (error instanceof OfficeKeyError || error instanceof OfficeStoreError) {
      console.error(`error: ${error.message}`);
    } else if (error instanceof Error) {
      console.error(`${error.name}: ${error.message}`);
    } else {
      console.error(String(error));
    }
    process.exit(1);
  },
);
