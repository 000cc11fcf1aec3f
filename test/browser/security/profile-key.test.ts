import { describe, expect, it } from 'vitest';
import { KeyRecordError, WrongSecretError } from '../../../src/security/errors.ts';
import {
  createProfileKey,
  MIN_ITERATIONS,
  rewrapProfileKey,
  unlockProfileKey,
  type WrappedKeyRecord,
} from '../../../src/security/profile-key.ts';
import { openJson, sealJson } from '../../../src/security/seal.ts';

/** PBKDF2 at full strength costs ~0.3 s here; everything but the strength test runs with 1,000. */
const fast = { unsafeTestIterations: 1_000 };
const PIN = '482915';

describe('PIN-wrapped profile keys, in Chromium', () => {
  it('unlocks the same data key with the PIN: what one seals the other opens', async () => {
    const { record, key } = await createProfileKey(PIN, fast);
    const sealed = await sealJson(key, { street: 'Lindenstraße 12a' }, 'profiles/p1');
    const unlocked = await unlockProfileKey(PIN, record);
    expect(await openJson(unlocked, sealed, 'profiles/p1')).toEqual({ street: 'Lindenstraße 12a' });
  });

  it('stores a version-1 record with a 16-byte salt and a 40-byte AES-KW wrapped key', async () => {
    const { record } = await createProfileKey(PIN, fast);
    expect(record).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256', iterations: 1_000 });
    expect(record.salt).toBeInstanceOf(Uint8Array);
    expect(record.salt.byteLength).toBe(16);
    expect(record.wrapped.byteLength).toBe(40);
    const other = await createProfileKey(PIN, fast);
    expect(other.record.salt).not.toEqual(record.salt);
  });

  it('hands out keys that cannot be exported, for AES-GCM encrypt/decrypt only', async () => {
    const { record, key } = await createProfileKey(PIN, fast);
    const unlocked = await unlockProfileKey(PIN, record);
    for (const candidate of [key, unlocked]) {
      expect(candidate.extractable).toBe(false);
      expect(candidate.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
      expect([...candidate.usages].sort()).toEqual(['decrypt', 'encrypt']);
      await expect(crypto.subtle.exportKey('raw', candidate)).rejects.toThrow();
      await expect(crypto.subtle.exportKey('jwk', candidate)).rejects.toThrow();
    }
  });

  it('rejects a wrong PIN with WrongSecretError', async () => {
    const { record } = await createProfileKey(PIN, fast);
    for (const wrong of ['482916', '48291', '', '482915 ']) {
      await expect(unlockProfileKey(wrong, record), wrong).rejects.toBeInstanceOf(WrongSecretError);
    }
  });

  it('treats a passphrase typed composed or decomposed as the same (NFC)', async () => {
    const composed = 'Grüße aus Köln';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const { record } = await createProfileKey(composed, fast);
    await expect(unlockProfileKey(decomposed, record)).resolves.toBeDefined();
  });

  it('keeps sealed data readable after a PIN change, and the old PIN stops working', async () => {
    const { record, key } = await createProfileKey(PIN, fast);
    const sealed = await sealJson(key, { draft: 'Wohngeld' }, 'drafts/d1');
    const changed = await rewrapProfileKey(PIN, '730264', record, fast);
    expect(changed.salt).not.toEqual(record.salt);
    const unlocked = await unlockProfileKey('730264', changed);
    expect(unlocked.extractable).toBe(false);
    expect(await openJson(unlocked, sealed, 'drafts/d1')).toEqual({ draft: 'Wohngeld' });
    await expect(unlockProfileKey(PIN, changed)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(rewrapProfileKey('000001', '730264', record, fast)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
  });

  it('refuses malformed records with KeyRecordError before deriving anything', async () => {
    const { record } = await createProfileKey(PIN, fast);
    const broken: unknown[] = [
      null,
      { ...record, v: 2 },
      { ...record, kdf: 'scrypt' },
      { ...record, iterations: 0 },
      { ...record, iterations: 1e9 },
      { ...record, salt: record.salt.slice(0, 8) },
      { ...record, wrapped: record.wrapped.slice(0, 32) },
      { ...record, wrapped: Array.from(record.wrapped) },
    ];
    for (const candidate of broken) {
      await expect(
        unlockProfileKey(PIN, candidate as WrappedKeyRecord),
        JSON.stringify(candidate),
      ).rejects.toBeInstanceOf(KeyRecordError);
    }
  });

  it('refuses fewer than 600,000 iterations unless asked for explicitly as unsafe', async () => {
    await expect(createProfileKey(PIN, { iterations: 100_000 })).rejects.toThrow(RangeError);
    await expect(createProfileKey('', fast)).rejects.toThrow(RangeError);
  });

  it('derives with 600,000 iterations by default, and unlocking uses the full count', async () => {
    const { record, key } = await createProfileKey(PIN);
    expect(MIN_ITERATIONS).toBe(600_000);
    expect(record.iterations).toBe(600_000);
    const sealed = await sealJson(key, 'marker', 'profiles/p2');
    const unlocked = await unlockProfileKey(PIN, record);
    expect(await openJson(unlocked, sealed, 'profiles/p2')).toBe('marker');
    // One iteration less derives another key: the count in the record is really what is used.
    await expect(unlockProfileKey(PIN, { ...record, iterations: 599_999 })).rejects.toBeInstanceOf(
      WrongSecretError,
    );
  }, 20_000);
});
