/**
 * Where applications go: an office and the public key the device encrypts to (FIT-Connect style,
 * RSA-OAEP-256 with at least 4096 bits). Published with the forms document; plain data and pure
 * checks, safe in every world.
 */

/** Key management algorithm of every office key. */
export const OFFICE_KEY_ALG = 'RSA-OAEP-256';

/** Content encryption of every JWE Lotse writes. */
export const CONTENT_ENC = 'A256GCM';

/** Smallest RSA modulus an office key may have (FIT-Connect requires 4096 bits). */
export const MIN_OFFICE_KEY_BITS = 4096;

/** Service list entry meaning "every service". */
export const EVERY_SERVICE = '*';

/** An office's public encryption key as a JWK. */
export interface OfficePublicKey {
  /** Always RSA. */
  kty: 'RSA';
  /** Modulus, base64url. */
  n: string;
  /** Public exponent, base64url ("AQAB"). */
  e: string;
  /** Always RSA-OAEP-256. */
  alg: typeof OFFICE_KEY_ALG;
  /** Always "enc". */
  use: 'enc';
  /** RFC 7638 thumbprint of the key (base64url SHA-256). */
  kid: string;
}

/** An office that receives applications, with its current key. */
export interface Destination {
  /** Office id, e.g. "demo" or "bezirksamt-mitte". */
  officeId: string;
  /** The office's name, shown to staff. */
  name: string;
  /** LeiKa keys / service ids it receives; `["*"]` for every service. */
  services: string[];
  /** The key new applications are encrypted to. */
  key: OfficePublicKey;
}

const ID = /^[A-Za-z0-9._-]{1,100}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

/** Whether a text is a valid office id (1–100 of A-Z a-z 0-9 . _ -). */
export function isOfficeId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** Whether a text can be a key id (a base64url thumbprint, at most 100 characters). */
export function isKeyId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && BASE64URL.test(value);
}

/** Bits of a big-endian unsigned integer given as base64url, or 0 when it is not base64url. */
export function base64urlBits(value: string): number {
  if (!BASE64URL.test(value) || value.length % 4 === 1) return 0;
  const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
  let first = 0;
  while (first < binary.length && binary.charCodeAt(first) === 0) first++;
  if (first === binary.length) return 0;
  return (binary.length - first - 1) * 8 + Math.floor(Math.log2(binary.charCodeAt(first))) + 1;
}

/** Why a value is not a usable office public key, or null when it is. */
export function officeKeyProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JWK';
  const jwk = value as Record<string, unknown>;
  if (PRIVATE_MEMBERS.some((member) => member in jwk)) return 'holds private key material';
  if (jwk.kty !== 'RSA') return 'not an RSA key';
  if (jwk.alg !== OFFICE_KEY_ALG) return `alg is not ${OFFICE_KEY_ALG}`;
  if (jwk.use !== 'enc') return 'use is not "enc"';
  if (!isKeyId(jwk.kid)) return 'kid missing or malformed';
  if (jwk.e !== 'AQAB') return 'exponent is not 65537';
  const bits = typeof jwk.n === 'string' ? base64urlBits(jwk.n) : 0;
  if (bits < MIN_OFFICE_KEY_BITS)
    return `modulus has ${bits} bits, fewer than ${MIN_OFFICE_KEY_BITS}`;
  return null;
}

/** Why a value is not a destination, or null when it is one (its key checked as above). */
export function destinationProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const item = value as Record<string, unknown>;
  if (!isOfficeId(item.officeId)) return 'officeId missing or malformed';
  if (typeof item.name !== 'string' || item.name === '') return 'name missing';
  const services = item.services;
  if (!Array.isArray(services) || !services.every((service) => typeof service === 'string')) {
    return 'services must be a list of texts';
  }
  const problem = officeKeyProblem(item.key);
  return problem === null ? null : `key: ${problem}`;
}

/** Whether the destination receives applications for the service. */
export function servesService(destination: { services: readonly string[] }, serviceId: string) {
  return destination.services.includes(serviceId) || destination.services.includes(EVERY_SERVICE);
}

/**
 * The office that receives applications for a service: the first that names the service, else
 * the first that takes every service. This is the one place to change when services get their
 * own offices.
 */
export function destinationFor<T extends { services: readonly string[] }>(
  destinations: readonly T[],
  serviceId: string,
): T | undefined {
  return (
    destinations.find((destination) => destination.services.includes(serviceId)) ??
    destinations.find((destination) => destination.services.includes(EVERY_SERVICE))
  );
}
