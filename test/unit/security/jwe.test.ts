import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { encryptJson, importOfficeKey, OfficeKeyError } from '../../../src/security/jwe.ts';
import { publicKeyOf } from '../../../src/server/offices/office-keys.ts';
import {
  base64urlBits,
  destinationFor,
  officeKeyProblem,
  type OfficePublicKey,
} from '../../../src/shared/destination.ts';
import { OTHER_OFFICE_KEY, openJwe, TEST_OFFICE_KEY } from '../../support/office-keys.ts';

const officeKey = await publicKeyOf(TEST_OFFICE_KEY);

describe('end-to-end encryption to an office key (compact JWE)', () => {
  it('round-trips JSON and bytes with a real 4096-bit key', async () => {
    expect(base64urlBits(officeKey.n)).toBe(4096);
    const encrypter = await importOfficeKey(officeKey);
    const value = { answers: { F_name: 'Ada Lovelace', note: 'ÄÖÜß 子供 🙂' } };
    const opened = await openJwe(await encryptJson(encrypter, value));
    expect(JSON.parse(opened.plaintext.toString('utf8'))).toEqual(value);
    const bytes = new Uint8Array(70_000).map((_, index) => (index * 7) & 0xff);
    expect((await openJwe(await encrypter.encrypt(bytes))).plaintext.equals(bytes)).toBe(true);
  });

  it('names RSA-OAEP-256, A256GCM and the key id in the protected header', async () => {
    const encrypter = await importOfficeKey(officeKey);
    const jwe = await encryptJson(encrypter, { a: 1 });
    expect(jwe.split('.')).toHaveLength(5);
    const { header } = await openJwe(jwe);
    expect(header).toEqual({
      alg: 'RSA-OAEP-256',
      enc: 'A256GCM',
      kid: officeKey.kid,
      cty: 'application/json',
    });
    // Documents carry no content type: the type is inside the encrypted content.
    expect((await openJwe(await encrypter.encrypt(new Uint8Array([1])))).header.cty).toBe(
      undefined,
    );
  });

  it('gives a different ciphertext for the same plaintext every time', async () => {
    const encrypter = await importOfficeKey(officeKey);
    const a = await encryptJson(encrypter, { a: 1 });
    const b = await encryptJson(encrypter, { a: 1 });
    expect(a).not.toBe(b);
  });

  it('cannot be opened with another office key', async () => {
    const jwe = await encryptJson(await importOfficeKey(officeKey), { secret: 'Ada' });
    await expect(openJwe(jwe, OTHER_OFFICE_KEY)).rejects.toThrow(/decryption/i);
  });

  it('detects a changed ciphertext, tag, IV or header', async () => {
    const jwe = await encryptJson(await importOfficeKey(officeKey), { secret: 'Ada' });
    const parts = jwe.split('.');
    const flip = (part: string) => `${part[0] === 'A' ? 'B' : 'A'}${part.slice(1)}`;
    for (const index of [0, 2, 3, 4]) {
      const tampered = parts.map((part, at) => (at === index ? flip(part) : part)).join('.');
      await expect(openJwe(tampered), `part ${index}`).rejects.toThrow();
    }
  });

  it('refuses keys that are short, private, or for another algorithm', async () => {
    const short = await generateKeyPair('RSA-OAEP-256', { modulusLength: 2048, extractable: true });
    const shortJwk = await exportJWK(short.publicKey);
    const shortKey = { ...shortJwk, alg: 'RSA-OAEP-256', use: 'enc', kid: 'short' };
    expect(officeKeyProblem(shortKey)).toMatch(/2048 bits/);
    await expect(importOfficeKey(shortKey as OfficePublicKey)).rejects.toBeInstanceOf(
      OfficeKeyError,
    );
    expect(officeKeyProblem({ ...TEST_OFFICE_KEY })).toMatch(/private/);
    expect(officeKeyProblem({ ...officeKey, alg: 'RSA-OAEP' })).toMatch(/alg/);
    expect(officeKeyProblem({ ...officeKey, kty: 'EC' })).toMatch(/RSA/);
    expect(officeKeyProblem({ ...officeKey, use: 'sig' })).toMatch(/use/);
    expect(officeKeyProblem(officeKey)).toBeNull();
  });

  it('routes a service to the office that names it, else to the one taking every service', () => {
    const offices = [
      { officeId: 'all', services: ['*'] },
      { officeId: 'kita', services: ['99041004034000'] },
    ];
    expect(destinationFor(offices, '99041004034000')?.officeId).toBe('kita');
    expect(destinationFor(offices, '99115005104000')?.officeId).toBe('all');
    expect(destinationFor([offices[1]!], '99115005104000')).toBeUndefined();
  });
});
