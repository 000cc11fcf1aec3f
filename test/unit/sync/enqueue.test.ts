import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { createDraft, recordConsent, saveAnswer } from '../../../src/drafts/store/drafts-store.ts';
import type { SubmissionContent, SubmissionRequest } from '../../../src/shared/submission.ts';
import { enqueueSubmission, SubmissionBuildError } from '../../../src/sync/store/enqueue.ts';
import { openJwe, seedDeviceDestination } from '../../support/office-keys.ts';
import { documentBytes, OUTBOX_FORM, queueApplication } from '../../support/outbox-fixture.ts';

let db: LotseDb;
beforeEach(() => {
  db = new LotseDb(`enqueue-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function contentOf(request: SubmissionRequest): Promise<SubmissionContent> {
  return JSON.parse(
    (await openJwe(request.content)).plaintext.toString('utf8'),
  ) as SubmissionContent;
}

describe('enqueueSubmission', () => {
  it("tells the office when and in which language staff recorded the citizen's consent", async () => {
    await seedDeviceDestination(db);
    const helped = await createDraft(db, {
      formId: OUTBOX_FORM.id,
      formVersion: OUTBOX_FORM.version,
      serviceId: '99000000000000',
    });
    await recordConsent(db, helped.id, {
      at: Date.UTC(2026, 10, 28, 13, 5),
      lang: 'tr',
      textVersion: '2026-11',
    });
    await saveAnswer(db, helped.id, 'F_name', 'Ada');
    const row = await enqueueSubmission(db, helped.id, OUTBOX_FORM);
    const content = await contentOf(row.request as SubmissionRequest);
    expect(content.consent).toEqual({
      at: '2026-11-28T13:05:00.000Z',
      lang: 'tr',
      textVersion: '2026-11',
    });
    // Applied on their own: no consent was asked, and none is claimed.
    const alone = await queueApplication(db, 'Grace', 0);
    expect(await contentOf(alone.request as SubmissionRequest)).not.toHaveProperty('consent');
  });

  it('queues the answers, the office copy and the document only as JWE to the office key', async () => {
    const row = await queueApplication(db, 'Ada Marker', 3000);
    expect(row.state).toBe('queued');
    const request = row.request as SubmissionRequest;
    expect(Object.keys(request).sort()).toEqual(
      ['attachments', 'content', 'destination', 'formId', 'formVersion', 'serviceId'].sort(),
    );
    expect(JSON.stringify(row)).not.toContain('Ada Marker');
    expect(JSON.stringify(row)).not.toContain('doc.pdf');
    expect(request.destination.officeId).toBe('test-office');

    const { header } = await openJwe(request.content);
    expect(header).toEqual({
      alg: 'RSA-OAEP-256',
      enc: 'A256GCM',
      kid: request.destination.kid,
      cty: 'application/json',
    });
    const content = await contentOf(request);
    expect(content.answers.F_name).toBe('Ada Marker');
    expect(content.document.title).toBe('Outbox test');
    expect(content.attachments).toEqual([
      expect.objectContaining({ name: 'doc.pdf', type: 'application/pdf', size: 3000 }),
    ]);

    // The manifest names the ciphertext only; its bytes wait in outboxFiles.
    const [announced] = request.attachments;
    expect(Object.keys(announced!).sort()).toEqual(['id', 'sha256', 'size']);
    const file = await db.outboxFiles.get([row.id, announced!.id]);
    const jwe = await file!.blob.text();
    expect(new TextEncoder().encode(jwe).byteLength).toBe(announced!.size);
    const opened = await openJwe(jwe);
    expect(opened.plaintext.equals(Buffer.from(documentBytes(3000, 'Ada Marker'.length)))).toBe(
      true,
    );
  });

  it('leaves out answers to questions that are hidden', async () => {
    await seedDeviceDestination(db);
    const draft = await createDraft(db, {
      formId: OUTBOX_FORM.id,
      formVersion: '1',
      serviceId: 's',
    });
    await saveAnswer(db, draft.id, 'F_name', 'Ada');
    await saveAnswer(db, draft.id, 'F_detail', 'typed before answering "no"');
    await saveAnswer(db, draft.id, 'F_more', false);
    const row = await enqueueSubmission(db, draft.id, OUTBOX_FORM);
    expect((await contentOf(row.request as SubmissionRequest)).answers).toEqual({
      F_name: 'Ada',
      F_more: false,
    });
  });

  it('refuses to queue anything without an office key for the service', async () => {
    const draft = await createDraft(db, {
      formId: OUTBOX_FORM.id,
      formVersion: '1',
      serviceId: 's',
    });
    await saveAnswer(db, draft.id, 'F_name', 'Ada');
    const attempt = enqueueSubmission(db, draft.id, OUTBOX_FORM);
    await expect(attempt).rejects.toBeInstanceOf(SubmissionBuildError);
    await expect(attempt).rejects.toMatchObject({ reason: 'no-destination' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('does nothing when the same draft is submitted twice', async () => {
    const first = await queueApplication(db, 'Ada', 100);
    const again = await enqueueSubmission(db, first.id, OUTBOX_FORM);
    expect(again).toEqual(first);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.outboxFiles.count()).toBe(1);
  });

  it('keeps the first ciphertext when two tabs enqueue the same draft at once', async () => {
    const first = await queueApplication(db, 'Ada', 100);
    await db.outbox.delete(first.id);
    await db.outboxFiles.clear();
    const [a, b] = await Promise.all([
      enqueueSubmission(db, first.id, OUTBOX_FORM),
      enqueueSubmission(db, first.id, OUTBOX_FORM),
    ]);
    expect(a).toEqual(b);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.outboxFiles.count()).toBe(1);
  });
});
