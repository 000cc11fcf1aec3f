import { describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import {
  createDraft,
  listDrafts,
  saveAnswer,
  saveAttachment,
} from '../../../src/drafts/store/drafts-store.ts';
import { readProfileRow } from '../../../src/security/store/profiles.ts';
import { ProfileSession } from '../../../src/security/store/session.ts';
import {
  addProfile,
  PATHS,
  rawDump,
  sealedAccess,
  testClock,
  WOHNSITZ,
  vaultsPerTest,
} from './vault-support.ts';

const vault = vaultsPerTest();

/** A draft with a marker answer and a document, for the profile unlocked in `session`. */
async function draftWithDocument(db: LotseDb, session: ProfileSession, marker: string) {
  const access = await session.access();
  const draft = await createDraft(db, WOHNSITZ, undefined, access);
  await saveAnswer(db, draft.id, PATHS.surname, marker, access);
  await saveAttachment(
    db,
    draft.id,
    { blob: new Blob([marker]), name: `${marker}.jpg`, type: 'image/jpeg' },
    access,
  );
  return draft.id;
}

describe('wrong PINs, in Chromium', () => {
  it('refuses new PINs that are too short or too simple, and empty names', async () => {
    const { session } = vault();
    expect(await session.createProfile({ name: 'A', pin: '4829' })).toEqual({
      ok: false,
      reason: 'tooShort',
    });
    expect(await session.createProfile({ name: 'A', pin: '123456' })).toEqual({
      ok: false,
      reason: 'tooSimple',
    });
    expect(await session.createProfile({ name: '  ', pin: '482915' })).toEqual({
      ok: false,
      reason: 'name',
    });
    expect(await session.listProfiles()).toEqual([]);
  });

  it('lists profiles without secrets', async () => {
    const { session } = vault();
    const id = await addProfile(session, { name: ' Ayşe ', pin: '482915', kind: 'staff' });
    expect(await session.listProfiles()).toEqual([
      {
        id,
        name: 'Ayşe',
        kind: 'staff',
        failures: 0,
        lockedUntil: null,
        attemptsLeft: 10,
        warn: false,
      },
    ]);
  });

  it('slows down after three wrong PINs, doubling the delay, and warns when three tries are left', async () => {
    const clock = testClock();
    const { db, session } = vault(clock.now);
    const id = await addProfile(session, { name: 'A', pin: '482915' });
    for (let failure = 1; failure <= 3; failure++) {
      expect(await session.unlock(id, '000001')).toEqual({
        ok: false,
        reason: 'wrong',
        attemptsLeft: 10 - failure,
        warn: false,
        retryAt: clock.now(),
      });
    }
    expect(await session.unlock(id, '000001')).toMatchObject({
      reason: 'wrong',
      attemptsLeft: 6,
      retryAt: clock.now() + 1_000,
    });
    // During the delay a try is refused and not counted, even with the right PIN.
    clock.advance(999);
    expect(await session.unlock(id, '482915')).toEqual({
      ok: false,
      reason: 'wait',
      retryAt: clock.now() + 1,
    });
    expect((await session.listProfiles())[0]).toMatchObject({
      failures: 4,
      lockedUntil: clock.now() + 1,
    });
    clock.advance(1);
    expect(await session.unlock(id, '000001')).toMatchObject({
      reason: 'wrong',
      attemptsLeft: 5,
      retryAt: clock.now() + 2_000,
    });
    clock.advance(2_000);
    expect(await session.unlock(id, '000001')).toMatchObject({ attemptsLeft: 4, warn: false });
    // The lock screen can warn before the next try: 3 left.
    clock.advance(4_000);
    expect(await session.unlock(id, '000001')).toMatchObject({ attemptsLeft: 3, warn: true });
    expect((await session.listProfiles())[0]).toMatchObject({ attemptsLeft: 3, warn: true });
    clock.advance(8_000);
    expect(await session.unlock(id, '482915')).toMatchObject({ ok: true });
    expect((await readProfileRow(db, id))?.failures).toBe(0);
    expect((await session.listProfiles())[0]).toMatchObject({ failures: 0, lockedUntil: null });
  });

  it('counts a try before deriving the key, so closing the tab mid-derivation still counts', async () => {
    const { name, db } = vault();
    const slow = new ProfileSession(db, { keyOptions: { unsafeTestIterations: 400_000 } });
    const id = await addProfile(slow, { name: 'A', pin: '482915' });
    slow.lock();
    const watcher = new LotseDb(name);
    const attempt = slow.unlock(id, '482915');
    let seenDuringDerivation = 0;
    let done = false;
    void attempt.then(() => (done = true));
    while (!done) {
      const failures = (await readProfileRow(watcher, id))?.failures ?? 0;
      if (!done) seenDuringDerivation = Math.max(seenDuringDerivation, failures);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(seenDuringDerivation).toBe(1);
    expect(await attempt).toMatchObject({ ok: true });
    expect((await readProfileRow(watcher, id))?.failures).toBe(0);
    watcher.close();
  });

  it('wipes the profile with its drafts and documents after N wrong PINs, leaving B untouched', async () => {
    const clock = testClock();
    const { name, db, session } = vault(clock.now);
    const a = await addProfile(session, { name: 'A', pin: '482915', maxAttempts: 4 });
    const aDraft = await draftWithDocument(db, session, 'MARKER-A-Haddad');
    const b = await addProfile(session, { name: 'B', pin: '739164' });
    const bDraft = await draftWithDocument(db, session, 'MARKER-B-Yilmaz');
    session.lock();

    expect(await session.unlock(a, '111119')).toMatchObject({ attemptsLeft: 3, warn: true });
    expect(await session.unlock(a, '111119')).toMatchObject({ attemptsLeft: 2, warn: true });
    expect(await session.unlock(a, '111119')).toMatchObject({ attemptsLeft: 1, warn: true });
    expect(await session.unlock(a, '111119')).toEqual({ ok: false, reason: 'wiped' });

    expect((await session.listProfiles()).map((profile) => profile.id)).toEqual([b]);
    expect(await session.unlock(a, '482915')).toEqual({ ok: false, reason: 'unknown' });
    expect(await db.drafts.get(aDraft)).toBeUndefined();
    expect(await db.attachments.filter((row) => row.ownerId === a).count()).toBe(0);
    expect(await db.attachments.where('draftId').equals(aDraft).count()).toBe(0);
    expect(await readProfileRow(db, a)).toBeUndefined();

    expect(await session.unlock(b, '739164')).toMatchObject({ ok: true });
    const asB = await sealedAccess(session);
    expect((await listDrafts(db, asB)).map((draft) => draft.id)).toEqual([bDraft]);
    expect(await db.attachments.where('draftId').equals(bDraft).count()).toBe(1);
    expect(await rawDump(name)).not.toContain('MARKER-');
  });

  it('wipes at the next try when the last counted try never finished', async () => {
    const { db, session } = vault();
    const a = await addProfile(session, { name: 'A', pin: '482915', maxAttempts: 4 });
    await draftWithDocument(db, session, 'MARKER-A');
    await db.table('deviceMeta').update(`profile:${a}`, { failures: 4, lastFailureAt: 0 });
    session.lock();
    expect(await session.unlock(a, '482915')).toEqual({ ok: false, reason: 'wiped' });
    expect(await db.drafts.count()).toBe(0);
  });

  it('removes a profile with its data only while it is unlocked', async () => {
    const { db, session } = vault();
    const a = await addProfile(session, { name: 'A', pin: '482915' });
    await draftWithDocument(db, session, 'MARKER-A');
    session.lock();
    expect(await session.removeProfile(a)).toEqual({ ok: false, reason: 'locked' });
    expect(await session.unlock(a, '482915')).toMatchObject({ ok: true });
    expect(await session.removeProfile(a)).toEqual({ ok: true });
    expect(await session.state()).toEqual({ state: 'open' });
    expect(await db.drafts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });

  it('locks a session whose profile was wiped from another tab', async () => {
    const { name, session } = vault();
    const a = await addProfile(session, { name: 'A', pin: '482915', maxAttempts: 1 });
    await addProfile(session, { name: 'B', pin: '739164' });
    expect(await session.unlock(a, '482915')).toMatchObject({ ok: true });
    const otherDb = new LotseDb(name);
    const otherTab = new ProfileSession(otherDb);
    expect(await otherTab.unlock(a, '000009')).toEqual({ ok: false, reason: 'wiped' });
    otherDb.close();
    expect(await session.tryAccess()).toBeNull();
    expect(session.current()).toBeNull();
  });
});
