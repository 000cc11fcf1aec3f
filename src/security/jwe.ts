/**
 * End-to-end encryption to an office (FIT-Connect style): compact JWE with RSA-OAEP-256 key
 * management and A256GCM content encryption, to the office's public key. Runs wherever Web Crypto
 * does; loaded only with the outbox code, so jose never weighs on the first screen.
 */
import { CompactEncrypt, importJWK } from 'jose';
import {
  CONTENT_ENC,
  OFFICE_KEY_ALG,
  officeKeyProblem,
  type OfficePublicKey,
} from '../shared/destination.ts';

/** An office key that must not be used: not RSA-OAEP-256, too short, or not a public JWK. */
export class OfficeKeyError extends Error {
  override name = 'OfficeKeyError';
}

/** Encrypts to one office key; import once, encrypt many times. */
export interface OfficeEncrypter {
  /** The key id every JWE names in its header. */
  readonly kid: string;
  /** Plaintext bytes → compact JWE; `contentType` becomes the header's `cty`. */
  encrypt(plaintext: Uint8Array, contentType?: string): Promise<string>;
}

/** Imports an office's public key after checking it (RSA, ≥ 4096 bits, RSA-OAEP-256). */
export async function importOfficeKey(key: OfficePublicKey): Promise<OfficeEncrypter> {
  const problem = officeKeyProblem(key);
  if (problem !== null) throw new OfficeKeyError(`office key ${key.kid}: ${problem}`);
  const publicKey = await importJWK({ kty: 'RSA', n: key.n, e: key.e }, OFFICE_KEY_ALG);
  return {
    kid: key.kid,
    encrypt(plaintext, contentType) {
      return new CompactEncrypt(plaintext)
        .setProtectedHeader({
          alg: OFFICE_KEY_ALG,
          enc: CONTENT_ENC,
          kid: key.kid,
          ...(contentType ? { cty: contentType } : {}),
        })
        .encrypt(publicKey);
    },
  };
}

/** A JSON value as compact JWE with `cty: application/json`. */
export function encryptJson(encrypter: OfficeEncrypter, value: unknown): Promise<string> {
  return encrypter.encrypt(new TextEncoder().encode(JSON.stringify(value)), 'application/json');
}
