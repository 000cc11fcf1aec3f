/**
 * Office key pairs: RSA-OAEP-256 with a 4096-bit modulus (FIT-Connect's minimum), the public half
 * as a JWK whose `kid` is its RFC 7638 thumbprint, the private half written only to a file the
 * office keeps.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import {
  MIN_OFFICE_KEY_BITS,
  OFFICE_KEY_ALG,
  officeKeyProblem,
  type OfficePublicKey,
} from '../../shared/destination.ts';

/** A fresh key pair: the public JWK to publish and the private JWK for the office's file. */
export interface OfficeKeyPair {
  /** Published with the forms document; devices encrypt to it. */
  publicKey: OfficePublicKey;
  /** The private JWK (with the same kid, alg and use); never stored on the server. */
  privateJwk: JWK;
}

/** A key file or JWK that cannot serve as an office key. */
export class OfficeKeyError extends Error {
  override name = 'OfficeKeyError';
}

/** Generates a new RSA-OAEP-256 key pair of `bits` (at least 4096). */
export async function generateOfficeKeyPair(bits = MIN_OFFICE_KEY_BITS): Promise<OfficeKeyPair> {
  const pair = await generateKeyPair(OFFICE_KEY_ALG, { modulusLength: bits, extractable: true });
  const privateJwk = await exportJWK(pair.privateKey);
  const publicKey = await publicKeyOf(privateJwk);
  return {
    publicKey,
    privateJwk: { ...privateJwk, alg: OFFICE_KEY_ALG, use: 'enc', kid: publicKey.kid },
  };
}

/** The public office key of a (private or public) RSA JWK, with its thumbprint as kid. */
export async function publicKeyOf(jwk: JWK): Promise<OfficePublicKey> {
  if (jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
    throw new OfficeKeyError('not an RSA JWK');
  }
  const core = { kty: 'RSA' as const, n: jwk.n, e: jwk.e };
  const key: OfficePublicKey = {
    ...core,
    alg: OFFICE_KEY_ALG,
    use: 'enc',
    kid: await calculateJwkThumbprint(core, 'sha256'),
  };
  const problem = officeKeyProblem(key);
  if (problem !== null) throw new OfficeKeyError(`unusable office key: ${problem}`);
  return key;
}
