import type { LotseDb } from '../../db/database.ts';

/**
 * This installation's device token (random 32 bytes, base64url), created on first use. The server
 * keeps only its hash and shows a submission's status only to the same token.
 */
export async function deviceToken(db: LotseDb): Promise<string> {
  return db.transaction('rw', db.deviceMeta, async () => {
    const stored = await db.deviceMeta.get('device');
    if (stored) return stored.token;
    const token = base64Url(crypto.getRandomValues(new Uint8Array(32)));
    await db.deviceMeta.add({ key: 'device', token, createdAt: Date.now() });
    return token;
  });
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
