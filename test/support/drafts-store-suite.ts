import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../src/db/database.ts';
import {
  addGroupInstance,
  createDraft,
  deleteDraft,
  listDrafts,
  readDraft,
  removeGroupInstance,
  saveAnswer,
  saveAttachment,
  savePage,
} from '../../src/drafts/store/drafts-store.ts';

const FORM = {
  formId: 'lotse-wohnsitz-anmeldung',
  formVersion: '1.0',
  serviceId: '99115005104000',
};

/** Draft storage behaviour; runs on fake-indexeddb in Node and real IndexedDB in Chromium. */
export function draftsStoreSuite(options: { blobs: boolean }): void {
  let name: string;
  let db: LotseDb;
  beforeEach(() => {
    name = `drafts-${Math.random()}`;
    db = new LotseDb(name);
  });
  afterEach(async () => {
    await db.delete();
  });

  describe('drafts store', () => {
    it('keeps every saved answer for the next start of the app', async () => {
      const draft = await createDraft(db, FORM);
      await saveAnswer(db, draft.id, 'F_einzug', { day: '1', month: '12', year: '2026' });
      await saveAnswer(db, draft.id, 'G_personen[0].F00000013', 'Yılmaz');
      await savePage(db, draft.id, 'G_personen');
      db.close();

      const reopened = new LotseDb(name);
      const stored = await readDraft(reopened, draft.id);
      expect(stored?.answers).toEqual({
        F_einzug: { day: '1', month: '12', year: '2026' },
        G_personen: [{ F00000013: 'Yılmaz' }],
      });
      expect(stored?.page).toBe('G_personen');
      reopened.close();
      db = new LotseDb(name);
    });

    it('applies quick keystrokes in order, the last one winning', async () => {
      const draft = await createDraft(db, FORM);
      const typed = 'Musterstraße 12';
      await Promise.all(
        [...typed].map((_, end) => saveAnswer(db, draft.id, 'F_strasse', typed.slice(0, end + 1))),
      );
      expect((await readDraft(db, draft.id))?.answers.F_strasse).toBe(typed);
    });

    it('adds and removes household members without touching the others', async () => {
      const draft = await createDraft(db, FORM);
      await addGroupInstance(db, draft.id, 'G_personen');
      await saveAnswer(db, draft.id, 'G_personen[0].F00000045', 'Amina');
      await addGroupInstance(db, draft.id, 'G_personen');
      await saveAnswer(db, draft.id, 'G_personen[1].F00000045', 'Omar');
      await removeGroupInstance(db, draft.id, 'G_personen', 0);
      expect((await readDraft(db, draft.id))?.answers.G_personen).toEqual([{ F00000045: 'Omar' }]);
    });

    it('lists drafts with the latest change first', async () => {
      const first = await createDraft(db, FORM);
      const second = await createDraft(db, FORM);
      await new Promise((done) => setTimeout(done, 5));
      await saveAnswer(db, first.id, 'F1', 'x');
      expect((await listDrafts(db)).map((draft) => draft.id)).toEqual([first.id, second.id]);
    });

    it.runIf(options.blobs)(
      'stores a document with its hash and deletes it with the draft',
      async () => {
        const draft = await createDraft(db, FORM);
        const blob = new Blob(['%PDF-1.4 test'], { type: 'application/pdf' });
        const answer = await saveAttachment(db, draft.id, {
          blob,
          name: 'vertrag.pdf',
          type: 'application/pdf',
        });
        expect(answer).toMatchObject({ name: 'vertrag.pdf', size: 13 });
        expect(answer.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(await (await db.attachments.get(answer.attachmentId))?.blob.text()).toBe(
          '%PDF-1.4 test',
        );
        await deleteDraft(db, draft.id);
        expect(await db.attachments.count()).toBe(0);
        expect(await readDraft(db, draft.id)).toBeUndefined();
      },
    );
  });
}
