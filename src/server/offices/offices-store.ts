/** Offices and their public keys in the server database (tables `offices`, `office_keys`). */
import type { Kysely } from 'kysely';
import {
  EVERY_SERVICE,
  servesService,
  type Destination,
  type OfficePublicKey,
} from '../../shared/destination.ts';
import type { Database } from '../storage/schema.ts';

/** An office with every key it ever had, newest first. */
export interface OfficeRecord {
  /** Office id. */
  id: string;
  /** Name. */
  name: string;
  /** Services it receives; ["*"] for every one. */
  services: string[];
  /** When it was created (ISO 8601). */
  createdAt: string;
  /** Its keys, newest (the published one) first. */
  keys: { key: OfficePublicKey; createdAt: string }[];
}

/** Creating or changing an office was refused. */
export class OfficeStoreError extends Error {
  override name = 'OfficeStoreError';
}

/**
 * Creates an office with its first key. Returns false (nothing written) when the id is taken,
 * so concurrent starts that each try to create the demo office end with one.
 */
export async function createOffice(
  db: Kysely<Database>,
  office: { id: string; name: string; services?: string[] },
  key: OfficePublicKey,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('offices')
      .values({
        id: office.id,
        name: office.name,
        services_json: JSON.stringify(office.services ?? [EVERY_SERVICE]),
        created_at: now.toISOString(),
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) return false;
    await trx
      .insertInto('office_keys')
      .values({
        kid: key.kid,
        office_id: office.id,
        public_jwk: JSON.stringify(key),
        created_at: now.toISOString(),
      })
      .execute();
    return true;
  });
}

/** Adds a new key to an office (rotation); it becomes the published one, old ones stay. */
export async function addOfficeKey(
  db: Kysely<Database>,
  officeId: string,
  key: OfficePublicKey,
  now: Date,
  name?: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const office = await trx
      .selectFrom('offices')
      .select('id')
      .where('id', '=', officeId)
      .executeTakeFirst();
    if (office === undefined) throw new OfficeStoreError(`no office "${officeId}"`);
    await trx
      .insertInto('office_keys')
      .values({
        kid: key.kid,
        office_id: officeId,
        public_jwk: JSON.stringify(key),
        created_at: now.toISOString(),
      })
      .execute();
    if (name !== undefined) {
      await trx.updateTable('offices').set({ name }).where('id', '=', officeId).execute();
    }
  });
}

/** Every office with its keys, oldest office first (the order destinations are chosen in). */
export async function listOffices(db: Kysely<Database>): Promise<OfficeRecord[]> {
  const offices = await db.selectFrom('offices').selectAll().execute();
  const keys = await db.selectFrom('office_keys').selectAll().execute();
  return offices
    .map((office) => ({
      id: office.id,
      name: office.name,
      services: JSON.parse(office.services_json) as string[],
      createdAt: office.created_at,
      keys: keys
        .filter((key) => key.office_id === office.id)
        // Sorted in JS (ISO text compares as time; the kid breaks ties the same on both engines).
        .sort((a, b) => compare(b.created_at, a.created_at) || compare(b.kid, a.kid))
        .map((key) => ({
          key: JSON.parse(key.public_jwk) as OfficePublicKey,
          createdAt: key.created_at,
        })),
    }))
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
}

/** What devices encrypt to: every office with its newest key, in choosing order. */
export async function readDestinations(db: Kysely<Database>): Promise<Destination[]> {
  return (await listOffices(db)).flatMap((office) =>
    office.keys[0]
      ? [
          {
            officeId: office.id,
            name: office.name,
            services: office.services,
            key: office.keys[0].key,
          },
        ]
      : [],
  );
}

/**
 * Why a submission's destination is not acceptable, or null: the office must exist, take the
 * service, and the kid must be one of its keys (older keys too: items queued before a rotation).
 */
export async function submissionDestinationProblem(
  db: Kysely<Database>,
  destination: { officeId: string; kid: string },
  serviceId: string,
): Promise<string | null> {
  const office = await db
    .selectFrom('offices')
    .select('services_json')
    .where('id', '=', destination.officeId)
    .executeTakeFirst();
  if (office === undefined) return `No office "${destination.officeId}" receives applications.`;
  const services = JSON.parse(office.services_json) as string[];
  if (!servesService({ services }, serviceId)) {
    return `Office "${destination.officeId}" does not receive applications for ${serviceId}.`;
  }
  const key = await db
    .selectFrom('office_keys')
    .select('kid')
    .where('office_id', '=', destination.officeId)
    .where('kid', '=', destination.kid)
    .executeTakeFirst();
  return key === undefined
    ? `Office "${destination.officeId}" has no key "${destination.kid}"; download the forms again.`
    : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
