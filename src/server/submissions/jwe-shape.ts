/**
 * What the server can check of a compact JWE without any key: five base64url parts, a protected
 * header naming RSA-OAEP-256, A256GCM and the expected kid (no compression, no extensions), a
 * 96-bit IV and a 128-bit tag. It cannot read the content and does not try.
 */
import { CONTENT_ENC, OFFICE_KEY_ALG } from '../../shared/destination.ts';

const PART = /^[A-Za-z0-9_-]+$/;

/** Longest protected header accepted (base64url characters). */
const MAX_HEADER_CHARS = 4096;

/** Why `text` is not a compact JWE to `kid` as Lotse writes them, or null when it is one. */
export function compactJweProblem(text: string, kid: string): string | null {
  const parts = text.split('.');
  if (parts.length !== 5) return 'a compact JWE has five parts separated by dots';
  if (!parts.every((part) => PART.test(part))) return 'every JWE part must be non-empty base64url';
  const [header, encryptedKey, iv, , tag] = parts as [string, string, string, string, string];
  const problem = headerProblem(header, kid);
  if (problem !== null) return problem;
  if (bytesOf(encryptedKey) < 256) return 'the encrypted key is too short for RSA-OAEP';
  if (bytesOf(iv) !== 12) return 'the IV must be 96 bits';
  if (bytesOf(tag) !== 16) return 'the authentication tag must be 128 bits';
  return null;
}

/** Why a base64url protected header is not `{ alg: RSA-OAEP-256, enc: A256GCM, kid }`. */
export function headerProblem(encoded: string, kid: string): string | null {
  if (encoded.length > MAX_HEADER_CHARS || !PART.test(encoded)) {
    return 'the JWE header is not base64url';
  }
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return 'the JWE header is not JSON';
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    return 'the JWE header is not a JSON object';
  }
  const { alg, enc, kid: named, zip, crit } = header as Record<string, unknown>;
  if (alg !== OFFICE_KEY_ALG) return `the JWE header must name alg ${OFFICE_KEY_ALG}`;
  if (enc !== CONTENT_ENC) return `the JWE header must name enc ${CONTENT_ENC}`;
  if (named !== kid) return 'the JWE header must name the destination kid';
  if (zip !== undefined || crit !== undefined) return 'the JWE header must not use zip or crit';
  return null;
}

/**
 * Checks an uploaded document chunk by chunk (they are never joined in memory): only base64url
 * characters and four dots, and a protected header to the expected kid.
 */
export class JweStreamCheck {
  private dots = 0;
  private header = '';
  private bad = false;

  /** Feeds the next bytes. */
  update(bytes: Uint8Array): void {
    for (const byte of bytes) {
      if (byte === 0x2e) {
        this.dots++;
      } else if (!isBase64urlByte(byte)) {
        this.bad = true;
        return;
      } else if (this.dots === 0 && this.header.length <= MAX_HEADER_CHARS) {
        this.header += String.fromCharCode(byte);
      }
    }
  }

  /** Why the bytes so far are not a compact JWE to `kid`, or null when they are. */
  problem(kid: string): string | null {
    if (this.bad) return 'the document is not a compact JWE (unexpected characters)';
    if (this.dots !== 4) return 'the document is not a compact JWE (five parts)';
    return headerProblem(this.header, kid);
  }
}

function isBase64urlByte(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2d || // -
    byte === 0x5f // _
  );
}

function bytesOf(part: string): number {
  return Buffer.from(part, 'base64url').length;
}
