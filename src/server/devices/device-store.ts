/** Devices and their credentials: register, look up by token, list, revoke. Only hashes are kept. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, DeviceTable } from '../storage/schema.ts';
import { hashDeviceToken } from '../submissions/device-token.ts';

/** A staff tablet (enrolled with a code) or a citizen's own phone (registered itself). */
export type DeviceKind = 'staff' | 'citizen';

/** What a device receives once, when it registers or is enrolled. */
export interface DeviceCredential {
  /** Server id of the device. */
  deviceId: string;
  /** 32 random bytes, base64url: sent as `Authorization: Bearer <token>`. Shown only once. */
  token: string;
  /** What kind of device it is. */
  kind: DeviceKind;
}

/** A device as the administrator sees it (no token, no hash). */
export interface DeviceSummary {
  id: string;
  kind: DeviceKind;
  label: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** The device a token belongs to, as the authentication needs it. */
export interface KnownDevice {
  id: string;
  kind: DeviceKind;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

/** How often last_seen_at is written at most: one write per device per hour, not per request. */
export const LAST_SEEN_PRECISION_MS = 60 * 60_000;

/** A new random device token (32 bytes, base64url, 43 characters). */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stores a new device with a fresh token; the caller hands the credential out once. */
export async function insertDevice(
  db: Kysely<Database>,
  kind: DeviceKind,
  label: string | null,
  now: Date,
): Promise<DeviceCredential> {
  const credential: DeviceCredential = { deviceId: randomUUID(), token: newDeviceToken(), kind };
  await db
    .insertInto('devices')
    .values({
      id: credential.deviceId,
      kind,
      label,
      token_hash: hashDeviceToken(credential.token),
      created_at: now.toISOString(),
      revoked_at: null,
      last_seen_at: null,
    })
    .execute();
  return credential;
}

/** A citizen's phone registering itself: no sign-in, a credential of kind 'citizen'. */
export function registerCitizenDevice(db: Kysely<Database>, now: Date): Promise<DeviceCredential> {
  return insertDevice(db, 'citizen', null, now);
}

/** The device holding the token with this hash, revoked or not; undefined when unknown. */
export async function findDevice(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<KnownDevice | undefined> {
  const row = await db
    .selectFrom('devices')
    .select(['id', 'kind', 'revoked_at', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      kind: asKind(row.kind),
      revokedAt: row.revoked_at,
      lastSeenAt: row.last_seen_at,
    }
  );
}

/** Records that the device was seen, unless that was recorded within the last hour. */
export async function touchDevice(
  db: Kysely<Database>,
  device: KnownDevice,
  now: Date,
): Promise<void> {
  const last = device.lastSeenAt === null ? -Infinity : Date.parse(device.lastSeenAt);
  if (now.getTime() - last < LAST_SEEN_PRECISION_MS) return;
  await db
    .updateTable('devices')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', device.id)
    .execute();
}

/** Every device, oldest first. */
export async function listDevices(db: Kysely<Database>): Promise<DeviceSummary[]> {
  const rows = await db
    .selectFrom('devices')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(summaryOf);
}

/**
 * Revokes a device: from now on its token is refused with 401 device_revoked, on every server
 * process (nothing is cached). Null when no device has this id; a device revoked before keeps
 * its first revocation time.
 */
export async function revokeDevice(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<{ device: DeviceSummary; alreadyRevoked: boolean } | null> {
  const result = await db
    .updateTable('devices')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  return { device: summaryOf(row), alreadyRevoked: Number(result.numUpdatedRows) === 0 };
}

function summaryOf(row: DeviceTable): DeviceSummary {
  return {
    id: row.id,
    kind: asKind(row.kind),
    label: row.label,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  };
}

function asKind(value: string): DeviceKind {
  return value === 'staff' ? 'staff' : 'citizen';
}
