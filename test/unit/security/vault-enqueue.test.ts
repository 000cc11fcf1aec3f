import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import {
  createDraft,
  DraftNotFoundError,
  openedDraftSource,
  saveAnswer,
  saveAttachment,
} from '../../../src/drafts/store/drafts-store.ts';
import type { SubmissionContent, SubmissionRequest } from '../../../src/shared/submission.ts';
import { ProfileSession } from '../../../src/security/store/session.ts';
import { enqueueSubmission } from '../../../src/sync/store/enqueue.ts';
import { openJwe, seedDeviceDestination } from '../../support/office-keys.ts';
import { documentBytes, OUTBOX_FORM } from '../../support/outbox-fixture.ts';

const FORM = {
  formId: OUTBOX_FORM.id,
  formVersion: OUTBOX_FORM.version,
  serviceId: '99000000000000',
};

let db: LotseDb;
let session: ProfileSession;
beforeEach(async () => {
  db = new LotseDb(`vault-enqueue-${Math.random()}`);
  session = new ProfileSession(db, { keyOptions: { unsafeTestIterations: 1_000 } });
  await seedDeviceDestination(db);
});
afterEach(async () => {
  await db.delete();
});

async function sealedApplication(name: string) {
  const access = await session.access();
  const draft = await createDraft(db, FORM, undefined, access);
  await saveAnswer(db, draft.id, 'F_name', name, access);
  const blob = new Blob([documentBytes(3000, 7)], { type: 'application/pdf' });
  const file = { blob, name: `${name}.pdf`, type: blob.type };
  const answer = await saveAttachment(db, draft.id, file, access);
  await saveAnswer(db, draft.id, 'F_doc', answer, access);
  return { id: draft.id, access, answer };
}

describe('enqueueing a sealed draft (the outbox reads it through openedDraftSource)', () => {
  it('sends the opened answers and document to the office, with nothing readable on the device', async () => {
    await session.createProfile({ name: 'A', pin: '482915' });
    const { id, access, answer } = await sealedApplication('Ada Marker');

    const row = await enqueueSubmission(
      db,
      id,
      OUTBOX_FORM,
      undefined,
      openedDraftSource(db, access),
    );

    expect(JSON.stringify(row)).not.toContain('Ada Marker');
    const request = row.request as SubmissionRequest;
    const content = JSON.parse(
      (await openJwe(request.content)).plaintext.toString('utf8'),
    ) as SubmissionContent;
    expect(content.answers.F_name).toBe('Ada Marker');
    expect(content.attachments).toEqual([
      expect.objectContaining({ name: 'Ada Marker.pdf', size: 3000, sha256: answer.sha256 }),
    ]);
    const file = await db.outboxFiles.get([id, answer.attachmentId]);
    const opened = await openJwe(await file!.blob.text());
    expect(opened.plaintext.equals(Buffer.from(documentBytes(3000, 7)))).toBe(true);
  });

  it('does not let another profile enqueue a draft it cannot open', async () => {
    await session.createProfile({ name: 'A', pin: '482915' });
    const { id } = await sealedApplication('Ada Marker');
    await session.createProfile({ name: 'B', pin: '739164' });
    const asB = await session.access();
    await expect(
      enqueueSubmission(db, id, OUTBOX_FORM, undefined, openedDraftSource(db, asB)),
    ).rejects.toBeInstanceOf(DraftNotFoundError);
    expect(await db.outbox.count()).toBe(0);
  });
});
