import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import {
  createDraft,
  deleteDraft,
  readDraft,
  saveAnswer,
} from '../../../src/drafts/store/drafts-store.ts';
import { guardStorage, isQuotaExceeded } from '../../../src/drafts/store/storage-guard.ts';

const FORM = {
  formId: 'lotse-wohnsitz-anmeldung',
  formVersion: '1.0',
  serviceId: '99115005104000',
};
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('recognising a full storage', () => {
  it('knows the DOMException IndexedDB raises', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
  });

  it("knows Dexie's own QuotaExceededError", () => {
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full', quota()))).toBe(true);
  });

  it('knows the shape Chromium really produces: a Dexie AbortError wrapping the quota error', () => {
    // Seen in test/browser/drafts/quota.test.ts with a real quota: name AbortError, inner quota.
    expect(isQuotaExceeded(new Dexie.AbortError('QuotaExceededError', quota()))).toBe(true);
    expect(isQuotaExceeded(new Error('commit failed', { cause: quota() }))).toBe(true);
  });

  it('does not mistake other failures for a full storage', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaExceeded(new DOMException('gone', 'NotFoundError'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

/**
 * The storage is real (Dexie on fake-indexeddb); only the full disk is simulated: the object
 * store's put throws the DOMException a browser raises when the quota is exceeded.
 */
describe('saving with a full storage', () => {
  let db: LotseDb;
  beforeEach(() => {
    db = new LotseDb(`quota-${Math.random()}`);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });
  const fillDisk = () =>
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });

  it('answers { ok: false, reason: "quota" } and keeps what was saved before', async () => {
    const draft = await createDraft(db, FORM);
    await saveAnswer(db, draft.id, 'G_lotse_neue_wohnung[0].F00000053', 'Kampstraße');
    fillDisk();
    const result = await guardStorage(() =>
      saveAnswer(db, draft.id, 'G_lotse_neue_wohnung[0].F00000016', '12a'),
    );
    expect(result).toEqual({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect((await readDraft(db, draft.id))?.answers).toEqual({
      G_lotse_neue_wohnung: [{ F00000053: 'Kampstraße' }],
    });
  });

  it('saves again once there is space', async () => {
    const draft = await createDraft(db, FORM);
    fillDisk();
    const path = 'G_lotse_neue_wohnung[0].F00000053';
    expect(await guardStorage(() => saveAnswer(db, draft.id, path, 'Kamp'))).toMatchObject({
      ok: false,
    });
    vi.restoreAllMocks();
    const saved = await guardStorage(() => saveAnswer(db, draft.id, path, 'Kampstraße'));
    expect(saved.ok && saved.value.answers).toEqual({
      G_lotse_neue_wohnung: [{ F00000053: 'Kampstraße' }],
    });
  });

  it('answers { ok: false, reason: "not-found" } for a draft deleted meanwhile', async () => {
    const draft = await createDraft(db, FORM);
    await deleteDraft(db, draft.id);
    expect(await guardStorage(() => saveAnswer(db, draft.id, 'F1', 'x'))).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('still rejects on failures the user cannot fix', async () => {
    const draft = await createDraft(db, FORM);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('broken', 'UnknownError');
    });
    await expect(guardStorage(() => saveAnswer(db, draft.id, 'F1', 'x'))).rejects.toMatchObject({
      name: 'UnknownError',
    });
  });
});
