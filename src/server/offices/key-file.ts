/** The office's private key file: a JWK, readable by its owner only, never overwritten. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JWK } from 'jose';
import { OfficeKeyError } from './office-keys.ts';

/** Writes the private JWK to `file` (mode 0600); fails when the file exists. */
export async function writePrivateKeyFile(file: string, jwk: JWK): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OfficeKeyError(`${file} exists; choose another file (a key is never overwritten)`);
    }
    throw error;
  }
}

/** Reads a private office key file; OfficeKeyError when it is not a private RSA JWK. */
export async function readPrivateKeyFile(file: string): Promise<JWK> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new OfficeKeyError(`cannot read the key file ${file}`);
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new OfficeKeyError(`${file} is not a JSON Web Key`);
  }
  if (!isPrivateRsaJwk(jwk)) {
    throw new OfficeKeyError(`${file} is not a private RSA key (JWK with "d")`);
  }
  return jwk;
}

function isPrivateRsaJwk(value: unknown): value is JWK {
  const jwk = value as JWK | null;
  return typeof jwk === 'object' && jwk !== null && jwk.kty === 'RSA' && typeof jwk.d === 'string';
}
