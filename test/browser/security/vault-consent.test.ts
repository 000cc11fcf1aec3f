import { afterEach, describe, expect, it } from 'vitest';
import type { LotseDb } from '../../../src/db/database.ts';
import {
  createDraft,
  readDraft,
  recordConsent,
  saveAnswer,
} from '../../../src/drafts/store/drafts-store.ts';
import { OPEN } from '../../../src/security/access.ts';
import { addProfile, freshVault, PATHS, rawDump, sealedAccess, WOHNSITZ } from './vault-support.ts';

let opened: LotseDb[] = [];
afterEach(async () => {
  await Promise.all(opened.map((db) => db.delete()));
  opened = [];
});

const CONSENT = { at: 1_700_000_000_000, lang: 'uk', textVersion: 'MARKERVERSION-1' };

describe('consent stored with the case', () => {
  it('is sealed with the answers under a staff profile and opens again for its owner', async () => {
    const { name, db, session } = freshVault();
    opened.push(db);
    await addProfile(session, { name: 'Anna', pin: '258046' });
    const access = await sealedAccess(session);
    const draft = await createDraft(db, WOHNSITZ, undefined, access);
    await recordConsent(db, draft.id, CONSENT, access);
    await saveAnswer(db, draft.id, PATHS.surname, 'Haddad', access);

    expect((await readDraft(db, draft.id, access))?.consent).toEqual(CONSENT);
    const dump = await rawDump(name);
    expect(dump).not.toContain('MARKERVERSION');
    expect(dump).not.toContain('consent=');
    // Locked, the draft (and its consent) is no one's to read.
    session.lock();
    expect(await readDraft(db, draft.id, OPEN)).toBeUndefined();
  });

  it('survives later changes of the draft', async () => {
    const { db, session } = freshVault();
    opened.push(db);
    await addProfile(session, { name: 'Anna', pin: '258046' });
    const access = await sealedAccess(session);
    const draft = await createDraft(db, WOHNSITZ, undefined, access);
    await recordConsent(db, draft.id, CONSENT, access);
    const changed = await saveAnswer(db, draft.id, PATHS.street, 'Kampstraße', access);
    expect(changed.consent).toEqual(CONSENT);
  });

  it('is kept in the draft on a device without profiles too', async () => {
    const { db } = freshVault();
    opened.push(db);
    const draft = await createDraft(db, WOHNSITZ);
    const recorded = await recordConsent(db, draft.id, CONSENT);
    expect(recorded.consent).toEqual(CONSENT);
    expect((await db.drafts.get(draft.id))?.consent).toEqual(CONSENT);
  });
});
