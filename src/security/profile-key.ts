/**
 * PIN-wrapped profile keys: a random AES-GCM-256 data key per profile, wrapped with AES-KW-256
 * under a key derived from the PIN or passphrase by PBKDF2-SHA-256. Web Crypto only, so it runs in
 * the page, a worker, the service worker and Node ≥ 20. The caller gets the data key back as a
 * non-extractable CryptoKey; key material never leaves Web Crypto as bytes.
 */
import { KeyRecordError, WrongSecretError } from './errors.ts';

/** OWASP's 2023 minimum for PBKDF2-HMAC-SHA-256; the default and the floor for new records. */
export const MIN_ITERATIONS = 600_000;
/** Refuse records asking for more than this: a tampered record must not hang the device. */
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
/** AES-KW output for a 32-byte key: the key plus an 8-byte integrity block. */
const WRAPPED_BYTES = 40;

/** What a profile stores (IndexedDB keeps the Uint8Arrays as they are). */
export interface WrappedKeyRecord {
  /** Record format version. */
  v: 1;
  /** Key derivation: PBKDF2 with HMAC-SHA-256, deriving an AES-KW-256 key. */
  kdf: 'PBKDF2-SHA-256';
  /** PBKDF2 iteration count used for this record. */
  iterations: number;
  /** Random 16-byte PBKDF2 salt. */
  salt: Uint8Array<ArrayBuffer>;
  /** The AES-GCM-256 data key wrapped with AES-KW (40 bytes). */
  wrapped: Uint8Array<ArrayBuffer>;
}

/** How strongly a new record is derived. */
export interface ProfileKeyOptions {
  /** PBKDF2 iterations, at least MIN_ITERATIONS (the default). */
  iterations?: number;
  /** Any count ≥ 1, for fast tests only: overrides `iterations` and skips the floor. */
  unsafeTestIterations?: number;
}

/** A new record and its data key, usable for encrypt/decrypt, not extractable. */
export interface CreatedProfileKey {
  /** Store this. */
  record: WrappedKeyRecord;
  /** Keep this in memory only while the profile is unlocked. */
  key: CryptoKey;
}

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/** Creates a random data key for a profile and wraps it with `secret`. */
export async function createProfileKey(
  secret: string,
  options: ProfileKeyOptions = {},
): Promise<CreatedProfileKey> {
  requireSecret(secret);
  const iterations = chooseIterations(options);
  const exportable = await crypto.subtle.generateKey(DATA_KEY, true, DATA_KEY_USAGES);
  const { record, kek } = await wrapDataKey(secret, exportable, iterations);
  // The extractable original goes out of scope here; the caller only sees the unwrapped copy.
  return { record, key: await unwrapWith(kek, record.wrapped, false) };
}

/** Unwraps the profile's data key, or throws WrongSecretError / KeyRecordError. */
export async function unlockProfileKey(
  secret: string,
  record: WrappedKeyRecord,
): Promise<CryptoKey> {
  return unwrapDataKey(secret, checkRecord(record), false);
}

/**
 * A new record for the same data key under `newSecret` (PIN change): nothing sealed with the
 * key has to be re-encrypted. The new record gets a fresh salt and today's iteration count.
 */
export async function rewrapProfileKey(
  oldSecret: string,
  newSecret: string,
  record: WrappedKeyRecord,
  options: ProfileKeyOptions = {},
): Promise<WrappedKeyRecord> {
  requireSecret(newSecret);
  const iterations = chooseIterations(options);
  const exportable = await unwrapDataKey(oldSecret, checkRecord(record), true);
  return (await wrapDataKey(newSecret, exportable, iterations)).record;
}

async function wrapDataKey(
  secret: string,
  dataKey: CryptoKey,
  iterations: number,
): Promise<{ record: WrappedKeyRecord; kek: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const kek = await deriveWrappingKey(secret, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW'));
  return { record: { v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt, wrapped }, kek };
}

async function unwrapDataKey(
  secret: string,
  record: WrappedKeyRecord,
  extractable: boolean,
): Promise<CryptoKey> {
  if (secret.length === 0) throw new WrongSecretError();
  const kek = await deriveWrappingKey(secret, record.salt, record.iterations);
  return unwrapWith(kek, record.wrapped, extractable);
}

async function unwrapWith(
  kek: CryptoKey,
  wrapped: Uint8Array<ArrayBuffer>,
  extractable: boolean,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped,
      kek,
      'AES-KW',
      DATA_KEY,
      extractable,
      DATA_KEY_USAGES,
    );
  } catch (error) {
    // AES-KW's integrity check is the only way unwrapping a well-formed record fails.
    if (error instanceof Error && error.name === 'OperationError') throw new WrongSecretError();
    throw error;
  }
}

/** PBKDF2-SHA-256(NFC(secret), salt, iterations) → a non-extractable AES-KW-256 key. */
async function deriveWrappingKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  // NFC: the same PIN or passphrase typed on another keyboard yields the same bytes.
  const bytes = new TextEncoder().encode(secret.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', bytes, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

function requireSecret(secret: string): void {
  if (secret.length === 0) throw new RangeError('An empty PIN or passphrase protects nothing.');
}

function chooseIterations({ iterations, unsafeTestIterations }: ProfileKeyOptions): number {
  if (unsafeTestIterations !== undefined) {
    if (!Number.isSafeInteger(unsafeTestIterations) || unsafeTestIterations < 1) {
      throw new RangeError('unsafeTestIterations must be a positive integer.');
    }
    return unsafeTestIterations;
  }
  const count = iterations ?? MIN_ITERATIONS;
  if (!Number.isSafeInteger(count) || count < MIN_ITERATIONS || count > MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be ${MIN_ITERATIONS}–${MAX_ITERATIONS}.`);
  }
  return count;
}

/** Checks the shape of a stored record before any derivation. */
function checkRecord(record: unknown): WrappedKeyRecord {
  if (typeof record !== 'object' || record === null) throw new KeyRecordError('not an object');
  const { v, kdf, iterations, salt, wrapped } = record as Partial<WrappedKeyRecord>;
  if (v !== 1) throw new KeyRecordError(`unknown version ${String(v)}`);
  if (kdf !== 'PBKDF2-SHA-256') throw new KeyRecordError('unknown key derivation');
  if (!Number.isSafeInteger(iterations) || iterations! < 1 || iterations! > MAX_ITERATIONS) {
    throw new KeyRecordError('iteration count out of range');
  }
  if (!(salt instanceof Uint8Array) || salt.byteLength !== SALT_BYTES) {
    throw new KeyRecordError(`salt must be ${SALT_BYTES} bytes`);
  }
  if (!(wrapped instanceof Uint8Array) || wrapped.byteLength !== WRAPPED_BYTES) {
    throw new KeyRecordError(`wrapped key must be ${WRAPPED_BYTES} bytes`);
  }
  return record as WrappedKeyRecord;
}
