import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { createDraft, saveAnswer } from '../../../src/drafts/store/drafts-store.ts';
import { deviceToken } from '../../../src/sync/store/device-token.ts';
import { enqueueSubmission } from '../../../src/sync/store/enqueue.ts';
import { OUTBOX_FORM, queueApplication } from '../../support/outbox-fixture.ts';

let db: LotseDb;
beforeEach(() => {
  db = new LotseDb(`enqueue-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('enqueueSubmission', () => {
  it('queues the visible answers with a manifest of the attached document', async () => {
    const row = await queueApplication(db, 'Ada', 3000);
    expect(row.state).toBe('queued');
    expect(row.request.answers.F_name).toBe('Ada');
    expect(row.request.attachments).toHaveLength(1);
    expect(row.request.attachments[0]).toMatchObject({ type: 'application/pdf', size: 3000 });
    expect(row.request.attachments[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves out answers to questions that are hidden', async () => {
    const draft = await createDraft(db, {
      formId: OUTBOX_FORM.id,
      formVersion: '1',
      serviceId: 's',
    });
    await saveAnswer(db, draft.id, 'F_name', 'Ada');
    await saveAnswer(db, draft.id, 'F_detail', 'typed before answering "no"');
    await saveAnswer(db, draft.id, 'F_more', false);
    const row = await enqueueSubmission(db, draft.id, OUTBOX_FORM);
    expect(row.request.answers).toEqual({ F_name: 'Ada', F_more: false });
  });

  it('does nothing when the same draft is submitted twice', async () => {
    const first = await queueApplication(db, 'Ada');
    const again = await enqueueSubmission(db, first.id, OUTBOX_FORM);
    expect(again).toEqual(first);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps one device token for the installation', async () => {
    const token = await deviceToken(db);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await queueApplication(db, 'Ada');
    expect(await deviceToken(db)).toBe(token);
  });
});
