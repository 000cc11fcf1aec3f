import { describe, expect, it } from 'vitest';
import type { LotseDb } from '../../../src/db/database.ts';
import {
  createDraft,
  readDraft,
  saveAnswer,
  saveAttachment,
} from '../../../src/drafts/store/drafts-store.ts';
import { applyRetention } from '../../../src/drafts/store/retention.ts';
import type { Access } from '../../../src/security/access.ts';
import { addProfile, PATHS, rawCounts, WOHNSITZ, vaultsPerTest } from './vault-support.ts';
import { putOutboxItem } from './vault-outbox-rows.ts';

const DAY = 24 * 60 * 60 * 1000;
const SHORT = { sentDays: 1, staleDays: 2, staleGraceDays: 1 };

const vault = vaultsPerTest();

async function draftWithDocument(db: LotseDb, access?: Access) {
  const draft = await createDraft(db, WOHNSITZ, undefined, access);
  await saveAnswer(db, draft.id, PATHS.street, 'Kampstraße', access);
  const file = { blob: new Blob(['%PDF']), name: 'a.pdf', type: 'application/pdf' };
  await saveAttachment(db, draft.id, file, access);
  return draft.id;
}

describe('retention, in Chromium', () => {
  it('deletes a sent application with its documents and outbox item once its receipt is old enough', async () => {
    const { name, db } = vault();
    const sent = await draftWithDocument(db);
    const receivedAt = Date.now();
    await putOutboxItem(db, sent, 'sent', { receivedAt: new Date(receivedAt).toISOString() });

    const early = await applyRetention(db, receivedAt + DAY - 1, SHORT);
    expect(early.deletedSent).toEqual([]);
    expect(await readDraft(db, sent)).toBeDefined();

    const due = await applyRetention(db, receivedAt + DAY, SHORT);
    expect(due.deletedSent).toEqual([sent]);
    expect(await rawCounts(name)).toMatchObject({
      drafts: 0,
      attachments: 0,
      outbox: 0,
      outboxFiles: 0,
    });
  });

  it('keeps the default of 7 days after the receipt', async () => {
    const { db } = vault();
    const sent = await draftWithDocument(db);
    const receivedAt = Date.now();
    await putOutboxItem(db, sent, 'sent', { receivedAt: new Date(receivedAt).toISOString() });
    expect((await applyRetention(db, receivedAt + 7 * DAY - 1)).deletedSent).toEqual([]);
    expect((await applyRetention(db, receivedAt + 7 * DAY)).deletedSent).toEqual([sent]);
  });

  it('flags an unsent draft as stale, then deletes it after the grace period, even while locked', async () => {
    const { db, session } = vault();
    await addProfile(session, { name: 'A', pin: '482915' });
    const draft = await draftWithDocument(db, await session.access());
    session.lock();
    const changed = (await db.drafts.get(draft))!.updatedAt;

    expect((await applyRetention(db, changed + 2 * DAY - 1, SHORT)).flagged).toEqual([]);
    const flaggedAt = changed + 2 * DAY;
    expect((await applyRetention(db, flaggedAt, SHORT)).flagged).toEqual([draft]);
    expect((await db.drafts.get(draft))?.staleSince).toBe(flaggedAt);

    const waiting = await applyRetention(db, flaggedAt + DAY - 1, SHORT);
    expect(waiting).toEqual({ deletedSent: [], flagged: [], deletedStale: [], unflagged: [] });
    expect((await applyRetention(db, flaggedAt + DAY, SHORT)).deletedStale).toEqual([draft]);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });

  it('takes the flag away when the draft is changed again', async () => {
    const { db } = vault();
    const draft = await draftWithDocument(db);
    const changed = (await db.drafts.get(draft))!.updatedAt;
    await applyRetention(db, changed + 2 * DAY, SHORT);
    expect((await db.drafts.get(draft))?.staleSince).toBeDefined();
    await saveAnswer(db, draft, PATHS.street, 'Neue Straße 1');
    expect((await db.drafts.get(draft))?.staleSince).toBeUndefined();
    expect((await applyRetention(db, changed + 4 * DAY, SHORT)).deletedStale).toEqual([]);
  });

  it('never touches an application waiting in the outbox, but treats a failed one as unsent', async () => {
    const { db } = vault();
    const queued = await draftWithDocument(db);
    const failed = await draftWithDocument(db);
    await putOutboxItem(db, queued, 'queued');
    await putOutboxItem(db, failed, 'failed');
    const later = Date.now() + 10 * DAY;
    expect((await applyRetention(db, later, SHORT)).flagged).toEqual([failed]);
    expect((await applyRetention(db, later + DAY, SHORT)).deletedStale).toEqual([failed]);
    expect(await db.drafts.get(queued)).toBeDefined();
    expect(await db.outbox.get(queued)).toBeDefined();
    expect(await db.outbox.get(failed)).toBeUndefined();
  });
});
