import type { LotseDb } from '../../db/database.ts';
import { purgeOwner } from '../../drafts/store/purge.ts';
import { createPinPolicy, checkNewPin, type PinPolicy, type PinProblem } from '../pin-policy.ts';
import { createProfileKey, type ProfileKeyOptions } from '../profile-key.ts';
import {
  profileKey,
  profileRows,
  profileTable,
  type ProfileKind,
  type ProfileRow,
} from './profile-rows.ts';

export {
  hasProfiles,
  profileKey,
  profileTable,
  readProfileRow,
  type ProfileKind,
  type ProfileRow,
} from './profile-rows.ts';

/** What the lock screen may know of a profile: no secrets. */
export interface ProfileSummary {
  /** Profile id. */
  id: string;
  /** Display name. */
  name: string;
  /** Staff or citizen. */
  kind: ProfileKind;
  /** Wrong PINs since the last success. */
  failures: number;
  /** Until when (epoch ms) a new try is refused; null when one may try now. */
  lockedUntil: number | null;
  /** Tries left before the profile's data is wiped. */
  attemptsLeft: number;
  /** True when the lock screen must warn, before the next try, that data will be wiped. */
  warn: boolean;
}

const MAX_NAME = 80;

/** What a new profile needs. */
export interface NewProfile {
  /** Display name (1–80 characters after trimming). */
  name: string;
  /** PIN or passphrase, checked with checkNewPin. */
  pin: string;
  /** Staff (default) or citizen. */
  kind?: ProfileKind;
  /** Wrong PINs before the wipe (default 10). */
  maxAttempts?: number;
}

/** A created profile with its unlocked key, or why it was refused ('name': empty or too long). */
export type CreateProfileResult =
  | { ok: true; profile: ProfileSummary; key: CryptoKey }
  | { ok: false; reason: PinProblem | 'name' };

/** The wrong-PIN policy of a profile. */
export const policyOf = (row: ProfileRow): PinPolicy =>
  createPinPolicy({ maxAttempts: row.maxAttempts });

/** The profiles of this device for the lock screen, oldest first. */
export async function listProfiles(db: LotseDb, now = Date.now()): Promise<ProfileSummary[]> {
  const rows = await profileRows(db).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt).map((row) => summarize(row, now));
}

/** A row as the lock screen sees it at `now`. */
export function summarize(row: ProfileRow, now: number): ProfileSummary {
  const policy = policyOf(row);
  const retryAt =
    row.lastFailureAt === null ? 0 : policy.nextAllowedAt(row.failures, row.lastFailureAt);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    failures: row.failures,
    lockedUntil: retryAt > now ? retryAt : null,
    attemptsLeft: policy.attemptsLeft(row.failures),
    warn: policy.shouldWarn(row.failures),
  };
}

/** Creates a profile with a new data key wrapped under its PIN; returns the key unlocked. */
export async function createProfile(
  db: LotseDb,
  { name, pin, kind = 'staff', maxAttempts }: NewProfile,
  keyOptions: ProfileKeyOptions = {},
  now = Date.now(),
): Promise<CreateProfileResult> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME) return { ok: false, reason: 'name' };
  const problem = checkNewPin(pin);
  if (problem) return { ok: false, reason: problem };
  const policy = createPinPolicy(maxAttempts === undefined ? {} : { maxAttempts });
  const { record, key } = await createProfileKey(pin, keyOptions);
  const id = crypto.randomUUID();
  const row: ProfileRow = {
    key: profileKey(id),
    id,
    name: trimmed,
    kind,
    wrappedKey: record,
    failures: 0,
    lastFailureAt: null,
    maxAttempts: policy.maxAttempts,
    createdAt: now,
  };
  await profileTable(db).add(row);
  return { ok: true, profile: summarize(row, now), key };
}

/**
 * Removes a profile and wipes its data (drafts, documents, outbox items not being sent, saved
 * details) in one transaction. The caller decides who may do this.
 */
export async function removeProfile(db: LotseDb, id: string) {
  const tables = [db.drafts, db.attachments, db.outbox, db.outboxFiles, db.deviceMeta];
  return db.transaction('rw', tables, async () => {
    const counts = await purgeOwner(db, id);
    await profileTable(db).delete(profileKey(id));
    return counts;
  });
}
