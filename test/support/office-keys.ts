/** The test offices' keys (test/fixtures/office-keys/) and helpers to use them in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactDecrypt, importJWK, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import type { LotseDb } from '../../src/db/database.ts';
import type { Destination } from '../../src/shared/destination.ts';
import { publicKeyOf } from '../../src/server/offices/office-keys.ts';
import { createOffice } from '../../src/server/offices/offices-store.ts';
import type { Database } from '../../src/server/storage/schema.ts';

const DIR = join(import.meta.dirname, '../fixtures/office-keys');

/** Path of the test office's private key file. */
export const TEST_OFFICE_KEY_FILE = join(DIR, 'test-office.private.jwk');

/** Path of another office's private key file ("the wrong key"). */
export const OTHER_OFFICE_KEY_FILE = join(DIR, 'other-office.private.jwk');

/** The test office's private JWK. */
export const TEST_OFFICE_KEY = JSON.parse(readFileSync(TEST_OFFICE_KEY_FILE, 'utf8')) as JWK;

/** Another office's private JWK. */
export const OTHER_OFFICE_KEY = JSON.parse(readFileSync(OTHER_OFFICE_KEY_FILE, 'utf8')) as JWK;

/** The destination devices encrypt to in tests: office "test-office", every service. */
export async function testDestination(
  privateJwk: JWK = TEST_OFFICE_KEY,
  officeId = 'test-office',
): Promise<Destination> {
  return { officeId, name: 'Testbehörde', services: ['*'], key: await publicKeyOf(privateJwk) };
}

/** Stores the test destination on a device (as a forms download would). */
export async function seedDeviceDestination(db: LotseDb): Promise<Destination> {
  const destination = await testDestination();
  await db.destinations.put(destination);
  return destination;
}

/** Creates the test office with its key on the server. */
export async function seedServerOffice(db: Kysely<Database>): Promise<Destination> {
  const destination = await testDestination();
  await createOffice(
    db,
    { id: destination.officeId, name: destination.name },
    destination.key,
    new Date('2025-01-01T00:00:00Z'),
  );
  return destination;
}

/** Decrypts a compact JWE with a private key; resolves with the plaintext and the header. */
export async function openJwe(jwe: string, privateJwk: JWK = TEST_OFFICE_KEY) {
  const key = await importJWK(privateJwk, 'RSA-OAEP-256');
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, key);
  return { plaintext: Buffer.from(plaintext), header: protectedHeader };
}
