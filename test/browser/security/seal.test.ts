import { beforeAll, describe, expect, it } from 'vitest';
import { SealedDataError } from '../../../src/security/errors.ts';
import { createProfileKey } from '../../../src/security/profile-key.ts';
import {
  openBytes,
  openJson,
  sealBytes,
  sealJson,
  type Sealed,
} from '../../../src/security/seal.ts';

const MARKER = 'MARKER-Haddad-Amira-1990-04-12';
const fast = { unsafeTestIterations: 1_000 };

/** True when `needle` occurs in `haystack` as bytes. */
function containsBytes(haystack: ArrayBuffer, needle: Uint8Array): boolean {
  const bytes = new Uint8Array(haystack);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A copy of `sealed` with one bit of the ciphertext flipped at `index`. */
function flipped(sealed: Sealed, index: number): Sealed {
  const data = sealed.data.slice(0);
  const view = new Uint8Array(data);
  view[index] = view[index]! ^ 0x01;
  return { ...sealed, data };
}

describe('sealed records, in Chromium', () => {
  let key: CryptoKey;
  let otherKey: CryptoKey;
  const draft = { F00000013: 'Haddad', F00000045: MARKER, children: [{ name: 'Karim' }] };

  beforeAll(async () => {
    key = (await createProfileKey('482915', fast)).key;
    otherKey = (await createProfileKey('482915', fast)).key;
  });

  it('opens a sealed draft with the same key and context', async () => {
    const sealed = await sealJson(key, draft, 'drafts/d1');
    expect(sealed.v).toBe(1);
    expect(sealed.iv.byteLength).toBe(12);
    expect(sealed.data).toBeInstanceOf(ArrayBuffer);
    expect(await openJson(key, sealed, 'drafts/d1')).toEqual(draft);
  });

  it('does not contain the plaintext in the stored bytes', async () => {
    const sealed = await sealJson(key, draft, 'drafts/d1');
    const marker = new TextEncoder().encode(MARKER);
    expect(containsBytes(new TextEncoder().encode(JSON.stringify(draft)).buffer, marker)).toBe(
      true,
    );
    expect(containsBytes(sealed.data, marker)).toBe(false);
    expect(containsBytes(sealed.iv.buffer, marker)).toBe(false);
  });

  it('uses a fresh IV for every seal of the same value', async () => {
    const seals = await Promise.all(Array.from({ length: 20 }, () => sealJson(key, draft, 'd')));
    const ivs = new Set(seals.map((sealed) => Array.from(sealed.iv).join(',')));
    expect(ivs.size).toBe(20);
    const bodies = new Set(seals.map((sealed) => Array.from(new Uint8Array(sealed.data)).join()));
    expect(bodies.size).toBe(20);
  });

  it('fails to open a value copied to another record (other context)', async () => {
    const sealed = await sealJson(key, draft, 'drafts/d1');
    const error = await openJson(key, sealed, 'drafts/d2').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SealedDataError);
    expect((error as SealedDataError).problem).toBe('authentication');
    expect((error as Error).message).not.toContain('Haddad');
  });

  it('fails to open with another profile’s key', async () => {
    const sealed = await sealJson(key, draft, 'drafts/d1');
    await expect(openJson(otherKey, sealed, 'drafts/d1')).rejects.toBeInstanceOf(SealedDataError);
  });

  it('fails to open when one bit of the ciphertext, the tag or the IV changed', async () => {
    const sealed = await sealJson(key, draft, 'drafts/d1');
    const last = sealed.data.byteLength - 1;
    for (const changed of [flipped(sealed, 0), flipped(sealed, 10), flipped(sealed, last)]) {
      await expect(openJson(key, changed, 'drafts/d1')).rejects.toBeInstanceOf(SealedDataError);
    }
    const iv = sealed.iv.slice();
    iv[0] = iv[0]! ^ 0x80;
    await expect(openJson(key, { ...sealed, iv }, 'drafts/d1')).rejects.toBeInstanceOf(
      SealedDataError,
    );
  });

  it('does not open sealed bytes as JSON under the same context', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(draft)).buffer;
    const sealed = await sealBytes(key, bytes, 'drafts/d1');
    await expect(openJson(key, sealed, 'drafts/d1')).rejects.toBeInstanceOf(SealedDataError);
  });

  it('refuses something that is not a sealed value as malformed', async () => {
    for (const candidate of [
      null,
      { v: 2 },
      { v: 1, iv: new Uint8Array(8), data: new ArrayBuffer(32) },
    ]) {
      const error = await openJson(key, candidate as Sealed, 'x').catch(
        (caught: unknown) => caught,
      );
      expect((error as SealedDataError).problem).toBe('malformed');
    }
  });

  it('round-trips a 10 MB photo given as a Blob, and the ciphertext is only the tag longer', async () => {
    const photo = new Uint8Array(10 * 1024 * 1024);
    for (let offset = 0; offset < photo.length; offset += 65_536) {
      crypto.getRandomValues(photo.subarray(offset, offset + 65_536));
    }
    const sealed = await sealBytes(
      key,
      new Blob([photo], { type: 'image/jpeg' }),
      'attachments/a1',
    );
    expect(sealed.data.byteLength).toBe(photo.byteLength + 16);
    const opened = new Uint8Array(await openBytes(key, sealed, 'attachments/a1'));
    expect(opened.byteLength).toBe(photo.byteLength);
    expect(opened.every((byte, i) => byte === photo[i])).toBe(true);
    await expect(openBytes(key, sealed, 'attachments/a2')).rejects.toBeInstanceOf(SealedDataError);
  });

  it('stores and reads back sealed values through IndexedDB unchanged', async () => {
    const sealed = await sealJson(key, draft, 'drafts/d1');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lotse-security-seal-test', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('rows');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
    });
    const roundTrip = (action: (store: IDBObjectStore) => IDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        const request = action(db.transaction('rows', 'readwrite').objectStore('rows'));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
      });
    await roundTrip((store) => store.put(sealed, 'd1'));
    const stored = (await roundTrip((store) => store.get('d1'))) as Sealed;
    db.close();
    indexedDB.deleteDatabase('lotse-security-seal-test');
    expect(await openJson(key, stored, 'drafts/d1')).toEqual(draft);
  });
});
