import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LotseDb, OutboxRow } from '../../../src/db/database.ts';
import { createDraft, saveAttachment } from '../../../src/drafts/store/drafts-store.ts';
import { officeDocument } from '../../../src/forms/office-document.ts';
import type {
  PlaintextSubmissionRequest,
  SubmissionContent,
  SubmissionRequest,
} from '../../../src/shared/submission.ts';
import { drainOutbox as serviceWorkerDrain } from '../../../src/sync/store/drain.ts';
import { encryptLegacyItems, NO_KEY_RETRY_MS } from '../../../src/sync/store/encrypt-legacy.ts';
import { uploadBlob } from '../../../src/sync/store/outbox-files.ts';
import { drainOutbox as workerDrain } from '../../../src/worker/outbox-code.ts';
import { openJwe, seedDeviceDestination } from '../../support/office-keys.ts';
import {
  documentBytes,
  faultServerOutboxPerTest,
  OUTBOX_FORM,
  testClock,
} from '../../support/outbox-fixture.ts';
import type { SubmissionFaultServer } from '../../support/submission-fault-server.ts';

let db: LotseDb;
let server: SubmissionFaultServer;
let posted: string[];
const recording: typeof fetch = (input, init) => {
  const url = input instanceof Request ? input.url : input.toString();
  if (init?.method === 'POST' && url.endsWith('/api/v1/submissions')) {
    posted.push(init.body as string);
  }
  return fetch(input, init);
};

// Each test drains with its own clock and options.
faultServerOutboxPerTest('legacy', (opened) => ({ db, server } = opened));
beforeEach(() => {
  posted = [];
});

/** An outbox row exactly as the version before end-to-end encryption queued it. */
async function queueLegacy(withDocument = true): Promise<OutboxRow> {
  const draft = await createDraft(db, {
    formId: OUTBOX_FORM.id,
    formVersion: OUTBOX_FORM.version,
    serviceId: '99000000000000',
  });
  const answers: PlaintextSubmissionRequest['answers'] = { F_name: 'Ada Legacy' };
  const attachments: PlaintextSubmissionRequest['attachments'] = [];
  if (withDocument) {
    const blob = new Blob([documentBytes(5000, 7)], { type: 'application/pdf' });
    const file = await saveAttachment(db, draft.id, { blob, name: 'alt.pdf', type: blob.type });
    answers.F_doc = file;
    attachments.push({
      id: file.attachmentId,
      type: file.type,
      size: file.size,
      sha256: file.sha256,
    });
  }
  const row: OutboxRow = {
    id: draft.id,
    state: 'queued',
    request: {
      formId: OUTBOX_FORM.id,
      formVersion: OUTBOX_FORM.version,
      serviceId: '99000000000000',
      answers,
      attachments,
      document: officeDocument(OUTBOX_FORM, answers),
    },
    attempts: 0,
    nextAttemptAt: 0,
    uploaded: {},
    createdAt: 1,
    updatedAt: 1,
  };
  await db.outbox.add(row);
  return row;
}

describe('outbox items queued in plaintext before end-to-end encryption', () => {
  it('are never sent in clear: the service worker leaves them to the worker', async () => {
    await seedDeviceDestination(db);
    const row = await queueLegacy();
    const clock = testClock();
    const summary = await serviceWorkerDrain(db, {
      baseUrl: server.url,
      now: clock.now,
      fetch: recording,
    });
    expect(summary).toMatchObject({ sent: 0, failed: 0, waiting: 1 });
    expect(posted).toEqual([]);
    expect(await db.outbox.get(row.id)).toMatchObject({ state: 'queued', attempts: 0 });
  });

  it('are encrypted by the worker with the same answers and document, then sent', async () => {
    await seedDeviceDestination(db);
    const row = await queueLegacy();
    const clock = testClock();
    const summary = await workerDrain(db, {
      baseUrl: server.url,
      now: clock.now,
      fetch: recording,
    });
    expect(summary).toMatchObject({ sent: 1, waiting: 0 });
    expect(posted).toHaveLength(1);
    expect(posted[0]).not.toContain('Ada Legacy');
    const request = JSON.parse(posted[0]!) as SubmissionRequest;
    const content = JSON.parse(
      (await openJwe(request.content)).plaintext.toString('utf8'),
    ) as SubmissionContent;
    const plain = row.request as PlaintextSubmissionRequest;
    expect(content.answers).toEqual(plain.answers);
    expect(content.document).toEqual(plain.document);
    expect(content.attachments).toEqual([{ ...plain.attachments[0], name: 'alt.pdf' }]);
    const stored = [...server.submissions.get(row.id)!.attachments.values()][0]!;
    const document = await openJwe(stored.bytes.toString('utf8'));
    expect(document.plaintext.equals(Buffer.from(documentBytes(5000, 7)))).toBe(true);
    expect(await db.outboxFiles.count()).toBe(0);
  });

  it('wait (a minute at a time) while no office key is stored, and need attention when a document is gone', async () => {
    const waiting = await queueLegacy(false);
    expect(await encryptLegacyItems(db)).toEqual({ encrypted: 0, failed: 0, waiting: 1 });
    expect((await db.outbox.get(waiting.id))?.request).toEqual(waiting.request);

    // Not asked again on every drain: a minute later, after the forms brought a key.
    expect((await db.outbox.get(waiting.id))?.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(await encryptLegacyItems(db)).toEqual({ encrypted: 0, failed: 0, waiting: 0 });

    await seedDeviceDestination(db);
    const gone = await queueLegacy();
    await db.attachments.clear();
    const later = () => Date.now() + NO_KEY_RETRY_MS;
    expect(await encryptLegacyItems(db, later)).toEqual({ encrypted: 1, failed: 1, waiting: 0 });
    expect(await db.outbox.get(gone.id)).toMatchObject({
      state: 'failed',
      lastError: { kind: 'needs-attention', code: 'attachment_missing' },
    });
  });

  it('upload the clear document only for an item the server accepted in clear', async () => {
    await seedDeviceDestination(db);
    const legacy = await queueLegacy();
    const id = (legacy.request as PlaintextSubmissionRequest).attachments[0]!.id;
    expect(await uploadBlob(db, legacy, id)).toBeInstanceOf(Blob);
    await encryptLegacyItems(db);
    const encrypted = (await db.outbox.get(legacy.id))!;
    const blob = await uploadBlob(db, encrypted, id);
    expect(await blob!.text()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
    await db.outboxFiles.clear();
    // An encrypted item never falls back to the clear document.
    expect(await uploadBlob(db, encrypted, id)).toBeUndefined();
  });
});
