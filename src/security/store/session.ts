import type { LotseDb } from '../../db/database.ts';
import { adoptUnowned } from '../../drafts/store/adopt.ts';
import { OPEN, type Access } from '../access.ts';
import { LockedError, WrongSecretError } from '../errors.ts';
import type { ProfileKeyOptions } from '../profile-key.ts';
import { unlockProfileKey } from '../profile-key.ts';
import {
  createProfile,
  hasProfiles,
  listProfiles,
  policyOf,
  profileTable,
  readProfileRow,
  removeProfile,
  summarize,
  type NewProfile,
  type ProfileKind,
  type ProfileRow,
  type ProfileSummary,
} from './profiles.ts';
import type { PinProblem } from '../pin-policy.ts';

/** The answer to a PIN: unlocked, or why not (the lock screen translates the reason). */
export type UnlockResult =
  | { ok: true; profile: ProfileSummary }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'wait'; retryAt: number }
  | { ok: false; reason: 'wrong'; attemptsLeft: number; warn: boolean; retryAt: number }
  | { ok: false; reason: 'wiped' };

/** What the page may know about the session: never the key. */
export type SessionState =
  | { state: 'open' }
  | { state: 'locked' }
  | { state: 'unlocked'; profile: { id: string; name: string; kind: ProfileKind } };

/** The unlocked profile, as current() reports it. */
export interface CurrentProfile {
  /** Profile id. */
  profileId: string;
  /** Staff or citizen. */
  kind: ProfileKind;
}

/** Clock and key strength of a session (tests shorten both). */
export interface SessionOptions {
  /** Epoch ms; injectable for the wrong-PIN delays. */
  now?: () => number;
  /** PBKDF2 strength of new profiles (default 600,000 iterations). */
  keyOptions?: ProfileKeyOptions;
}

type Counted =
  | { kind: 'unknown' }
  | { kind: 'wait'; retryAt: number }
  | { kind: 'wipe' }
  | { kind: 'try'; row: ProfileRow };

/**
 * The worker's one unlocked profile: its id and non-extractable data key, in memory only. Every
 * draft operation asks `access()` first: open on a device without profiles, the unlocked
 * profile's key, or LockedError.
 */
export class ProfileSession {
  readonly #db: LotseDb;
  readonly #now: () => number;
  readonly #keyOptions: ProfileKeyOptions;
  #unlocked: (CurrentProfile & { key: CryptoKey }) | null = null;

  constructor(db: LotseDb, { now = Date.now, keyOptions = {} }: SessionOptions = {}) {
    this.#db = db;
    this.#now = now;
    this.#keyOptions = keyOptions;
  }

  /** The unlocked profile, or null. */
  current(): CurrentProfile | null {
    return this.#unlocked && { profileId: this.#unlocked.profileId, kind: this.#unlocked.kind };
  }

  /** Forgets the key: everything personal is locked until the next PIN. */
  lock(): void {
    this.#unlocked = null;
  }

  /** How draft code may read and write now; null while locked. */
  async tryAccess(): Promise<Access | null> {
    const unlocked = this.#unlocked;
    if (unlocked) {
      // Wiped or removed from another tab: its key must not keep writing.
      if (await readProfileRow(this.#db, unlocked.profileId)) {
        return { mode: 'sealed', profileId: unlocked.profileId, key: unlocked.key };
      }
      this.lock();
    }
    return (await hasProfiles(this.#db)) ? null : OPEN;
  }

  /** How draft code may read and write now; LockedError while locked. */
  async access(): Promise<Access> {
    const access = await this.tryAccess();
    if (!access) throw new LockedError();
    return access;
  }

  /** Open, locked, or which profile is unlocked. */
  async state(): Promise<SessionState> {
    const access = await this.tryAccess();
    if (!access) return { state: 'locked' };
    if (access.mode === 'open') return { state: 'open' };
    const row = await readProfileRow(this.#db, access.profileId);
    return row
      ? { state: 'unlocked', profile: { id: row.id, name: row.name, kind: row.kind } }
      : { state: 'locked' };
  }

  /**
   * Creates a profile and unlocks it (its owner just typed the PIN). The first profile of a
   * device adopts what was stored before in clear: it is sealed with the new key.
   */
  async createProfile(
    input: NewProfile,
  ): Promise<{ ok: true; profile: ProfileSummary } | { ok: false; reason: PinProblem | 'name' }> {
    const created = await createProfile(this.#db, input, this.#keyOptions, this.#now());
    if (!created.ok) return created;
    const { profile, key } = created;
    this.#unlocked = { profileId: profile.id, kind: profile.kind, key };
    await this.#adoptIfOnlyProfile();
    return { ok: true, profile };
  }

  /** Removes a profile with all its data; only while that profile is unlocked. */
  async removeProfile(id: string): Promise<{ ok: true } | { ok: false; reason: 'locked' }> {
    if (this.#unlocked?.profileId !== id) return { ok: false, reason: 'locked' };
    await removeProfile(this.#db, id);
    this.lock();
    return { ok: true };
  }

  /** The profiles for the lock screen, with the policy state at this session's clock. */
  listProfiles(): Promise<ProfileSummary[]> {
    return listProfiles(this.#db, this.#now());
  }

  /**
   * Tries a PIN. Locks whoever was unlocked first. Refuses while the delay runs; counts the try
   * before deriving (a tab closed mid-derivation still counts); resets the count on success;
   * after the last allowed wrong PIN wipes the profile with all its data.
   */
  async unlock(profileId: string, pin: string): Promise<UnlockResult> {
    this.lock();
    const counted = await this.#countAttempt(profileId);
    if (counted.kind === 'unknown') return { ok: false, reason: 'unknown' };
    if (counted.kind === 'wait') return { ok: false, reason: 'wait', retryAt: counted.retryAt };
    if (counted.kind === 'wipe') return this.#wipe(profileId);
    const { row } = counted;
    let key: CryptoKey;
    try {
      key = await unlockProfileKey(pin, row.wrappedKey);
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      const policy = policyOf(row);
      if (policy.mustWipe(row.failures)) return this.#wipe(profileId);
      return {
        ok: false,
        reason: 'wrong',
        attemptsLeft: policy.attemptsLeft(row.failures),
        warn: policy.shouldWarn(row.failures),
        retryAt: policy.nextAllowedAt(row.failures, row.lastFailureAt!),
      };
    }
    const reset: ProfileRow = { ...row, failures: 0, lastFailureAt: null };
    await profileTable(this.#db).update(row.key, { failures: 0, lastFailureAt: null });
    this.#unlocked = { profileId, kind: row.kind, key };
    await this.#adoptIfOnlyProfile();
    return { ok: true, profile: summarize(reset, this.#now()) };
  }

  /** Stores the attempt (failures + 1, now) unless the delay runs or the count is used up. */
  async #countAttempt(profileId: string): Promise<Counted> {
    const table = profileTable(this.#db);
    return this.#db.transaction('rw', this.#db.deviceMeta, async (): Promise<Counted> => {
      const row = await readProfileRow(this.#db, profileId);
      if (!row) return { kind: 'unknown' };
      const policy = policyOf(row);
      // A count used up by a try that never finished (closed tab) wipes at the next try.
      if (policy.mustWipe(row.failures)) return { kind: 'wipe' };
      const now = this.#now();
      if (row.lastFailureAt !== null) {
        const retryAt = policy.nextAllowedAt(row.failures, row.lastFailureAt);
        if (now < retryAt) return { kind: 'wait', retryAt };
      }
      const next: ProfileRow = { ...row, failures: row.failures + 1, lastFailureAt: now };
      await table.put(next);
      return { kind: 'try', row: next };
    });
  }

  async #wipe(profileId: string): Promise<UnlockResult> {
    await removeProfile(this.#db, profileId);
    return { ok: false, reason: 'wiped' };
  }

  async #adoptIfOnlyProfile(): Promise<void> {
    const access = await this.tryAccess();
    if (access?.mode === 'sealed' && (await listProfiles(this.#db)).length === 1) {
      await adoptUnowned(this.#db, access);
    }
  }
}
