/**
 * Sealed records: AES-GCM-256 with a fresh random 96-bit IV per call and the record's context
 * (e.g. `drafts/<id>`) as additional authenticated data, so a sealed value moved to another
 * record does not open. Web Crypto only (page, worker, service worker, Node ≥ 20).
 */
import { SealedDataError } from './errors.ts';

/** A sealed value; IndexedDB stores it as it is. */
export interface Sealed {
  /** Format version. */
  v: 1;
  /** The random 12-byte AES-GCM IV. */
  iv: Uint8Array<ArrayBuffer>;
  /** Ciphertext followed by the 16-byte GCM tag. */
  data: ArrayBuffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** JSON and bytes are told apart in the AAD, so one never opens as the other. */
type Kind = 'json' | 'bytes';

/** Seals `value` (anything JSON.stringify accepts) for the record named by `context`. */
export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('sealJson needs a JSON-serialisable value.');
  return seal(key, new TextEncoder().encode(json), context, 'json');
}

/** Opens a value sealed by sealJson with the same key and context; SealedDataError otherwise. */
export async function openJson<T>(key: CryptoKey, sealed: Sealed, context: string): Promise<T> {
  const plain = await open(key, sealed, context, 'json');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as T;
  } catch {
    // Authenticated but not our JSON: sealed by something else under the same key and context.
    throw new SealedDataError('malformed');
  }
}

/** Seals bytes (an attachment, a photo) for the record named by `context`. */
export async function sealBytes(
  key: CryptoKey,
  bytes: ArrayBuffer | Blob,
  context: string,
): Promise<Sealed> {
  const buffer = bytes instanceof ArrayBuffer ? bytes : await bytes.arrayBuffer();
  return seal(key, buffer, context, 'bytes');
}

/** Opens bytes sealed by sealBytes with the same key and context; SealedDataError otherwise. */
export async function openBytes(
  key: CryptoKey,
  sealed: Sealed,
  context: string,
): Promise<ArrayBuffer> {
  return open(key, sealed, context, 'bytes');
}

async function seal(
  key: CryptoKey,
  plain: BufferSource,
  context: string,
  kind: Kind,
): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params: AesGcmParams = { name: 'AES-GCM', iv, additionalData: aad(context, kind) };
  return { v: 1, iv, data: await crypto.subtle.encrypt(params, key, plain) };
}

async function open(
  key: CryptoKey,
  sealed: Sealed,
  context: string,
  kind: Kind,
): Promise<ArrayBuffer> {
  if (!isSealed(sealed)) throw new SealedDataError('malformed');
  const params: AesGcmParams = {
    name: 'AES-GCM',
    iv: sealed.iv,
    additionalData: aad(context, kind),
  };
  try {
    return await crypto.subtle.decrypt(params, key, sealed.data);
  } catch (error) {
    // GCM tag mismatch: wrong key, wrong context, or changed IV/ciphertext.
    if (error instanceof Error && error.name === 'OperationError') {
      throw new SealedDataError('authentication');
    }
    throw error;
  }
}

/** Additional authenticated data: format, kind and the caller's context. */
function aad(context: string, kind: Kind): Uint8Array<ArrayBuffer> {
  if (context.length === 0) throw new TypeError('A sealed value needs a non-empty context.');
  return new TextEncoder().encode(`lotse-seal/v1/${kind}/${context}`);
}

function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { v, iv, data } = value as Partial<Sealed>;
  return (
    v === 1 &&
    iv instanceof Uint8Array &&
    iv.byteLength === IV_BYTES &&
    data instanceof ArrayBuffer &&
    data.byteLength >= TAG_BYTES
  );
}
