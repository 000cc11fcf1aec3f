import { afterEach } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { ProfileSession } from '../../../src/security/store/session.ts';
import type { NewProfile } from '../../../src/security/store/profiles.ts';
import type { Access } from '../../../src/security/access.ts';

/** The form the vault tests fill in (only ids matter: the store does not need the definition). */
export const WOHNSITZ = {
  formId: 'lotse-wohnsitz-anmeldung',
  formVersion: '1.0',
  serviceId: '99115005104000',
};

/** Answer paths of the applicant (harmonised FIM ids) in that form. */
export const PATHS = {
  surname: 'G_lotse_personen[0].F00000013',
  givenNames: 'G_lotse_personen[0].F00000045',
  birthDate: 'G_lotse_personen[0].F60000231',
  street: 'G_lotse_neue_wohnung[0].F00000053',
};

/** Fast key derivation for tests that are not about its cost. */
export const FAST = { unsafeTestIterations: 1_000 };

/** A controllable clock for wrong-PIN delays. */
export function testClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** A fresh database with a unique name, and a session on it with fast keys. */
export function freshVault(now?: () => number) {
  const name = `vault-${crypto.randomUUID()}`;
  const db = new LotseDb(name);
  const session = new ProfileSession(db, { keyOptions: FAST, ...(now ? { now } : {}) });
  return { name, db, session };
}

/**
 * Registers clean-up for the file's tests and returns `vault(now?)`: a fresh vault (as
 * `freshVault`) whose database is deleted after each test.
 */
export function vaultsPerTest(): (now?: () => number) => ReturnType<typeof freshVault> {
  let opened: LotseDb[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((db) => db.delete()));
    opened = [];
  });
  return (now) => {
    const created = freshVault(now);
    opened.push(created.db);
    return created;
  };
}

/** Creates a profile and returns its id (the session is then unlocked as it). */
export async function addProfile(session: ProfileSession, input: NewProfile): Promise<string> {
  const result = await session.createProfile(input);
  if (!result.ok) throw new Error(`profile refused: ${result.reason}`);
  return result.profile.id;
}

/** The session's access, unlocked (fails the test otherwise). */
export async function sealedAccess(session: ProfileSession): Promise<Access> {
  const access = await session.access();
  if (access.mode !== 'sealed') throw new Error('expected an unlocked profile');
  return access;
}

/**
 * Every value of every object store of the database, read with the raw IndexedDB API (not
 * Dexie), as text: strings as they are, Blobs by their text, ArrayBuffers and typed arrays
 * decoded as UTF-8, so a plaintext marker anywhere in storage shows up.
 */
export async function rawDump(name: string): Promise<string> {
  const idb = await request(indexedDB.open(name));
  try {
    const parts: string[] = [];
    for (const store of Array.from(idb.objectStoreNames)) {
      const transaction = idb.transaction(store, 'readonly');
      const keys = await request(transaction.objectStore(store).getAllKeys());
      const values = await request(transaction.objectStore(store).getAll());
      for (const [index, value] of values.entries()) {
        parts.push(`${store} ${JSON.stringify(keys[index])}: ${await asText(value)}`);
      }
    }
    return parts.join('\n');
  } finally {
    idb.close();
  }
}

/** Names and row counts of every object store (raw IndexedDB). */
export async function rawCounts(name: string): Promise<Record<string, number>> {
  const idb = await request(indexedDB.open(name));
  try {
    const counts: Record<string, number> = {};
    for (const store of Array.from(idb.objectStoreNames)) {
      counts[store] = await request(idb.transaction(store).objectStore(store).count());
    }
    return counts;
  } finally {
    idb.close();
  }
}

async function asText(value: unknown): Promise<string> {
  if (value instanceof Blob) return `Blob(${await value.text()})`;
  if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
  if (ArrayBuffer.isView(value)) {
    return new TextDecoder().decode(
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
    );
  }
  if (Array.isArray(value)) return `[${(await Promise.all(value.map(asText))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => `${key}=${await asText(item)}`),
    );
    return `{${entries.join(',')}}`;
  }
  return String(value);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}
