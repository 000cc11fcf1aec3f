import type { Table } from 'dexie';
import type { LotseDb } from '../../db/database.ts';
import type { WrappedKeyRecord } from '../profile-key.ts';

/*
 * How profiles are stored, without any crypto: the worker checks "does this device have
 * profiles?" on every draft operation, so this part stays in the worker's first bundle while
 * creating and unlocking profiles loads on demand.
 */

/** A staff member on a shared tablet, or a citizen who protects their phone with a passphrase. */
export type ProfileKind = 'staff' | 'citizen';

/**
 * A profile as stored: a `deviceMeta` row `profile:<id>` (no new table, so no schema version).
 * The name stays in clear: the lock screen lists profiles before anyone is unlocked.
 */
export interface ProfileRow {
  /** `profile:<id>`. */
  key: string;
  /** Random UUID. */
  id: string;
  /** Display name, as typed. */
  name: string;
  /** Staff or citizen. */
  kind: ProfileKind;
  /** The data key wrapped under the PIN (never the key itself). */
  wrappedKey: WrappedKeyRecord;
  /** Wrong PINs since the last success (an attempt counts before it is checked). */
  failures: number;
  /** Time of the last counted attempt (epoch ms); null after a success. */
  lastFailureAt: number | null;
  /** Wrong PINs before the profile and its data are wiped. */
  maxAttempts: number;
  /** Created (epoch ms). */
  createdAt: number;
}

const PREFIX = 'profile:';

/** The deviceMeta key of a profile. */
export const profileKey = (id: string): string => `${PREFIX}${id}`;

/** deviceMeta seen as profile rows (other rows there have other keys). */
export function profileTable(db: LotseDb): Table<ProfileRow, string> {
  return db.table<ProfileRow, string>('deviceMeta');
}

/** The stored profile, or undefined. */
export function readProfileRow(db: LotseDb, id: string): Promise<ProfileRow | undefined> {
  return profileTable(db).get(profileKey(id));
}

/** Every profile row (a range over the primary key: no index needed). */
export function profileRows(db: LotseDb) {
  return profileTable(db).where('key').startsWith(PREFIX);
}

/** Whether the device has any profile (then nothing personal is stored in clear any more). */
export async function hasProfiles(db: LotseDb): Promise<boolean> {
  return (await profileRows(db).count()) > 0;
}
