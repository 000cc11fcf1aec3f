/**
 * The device side of issue 4: how long one device needs to drain 1,000 queued submissions to a
 * local server. The outbox lives in a fake-indexeddb Dexie in Node (the real store code), the
 * server is the real process on SQLite, the HTTP is real loopback.
 */
import 'fake-indexeddb/auto';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LotseDb, type AttachmentRow, type DraftRow } from '../../src/db/database.ts';
import { bundledForms } from '../../src/forms/definitions/index.ts';
import { todayInGermany } from '../../src/server/forms/check-answers.ts';
import { drainOutbox } from '../../src/sync/store/drain.ts';
import { enqueueSubmission } from '../../src/sync/store/enqueue.ts';
import { syncForms } from '../../src/forms/store/forms-store.ts';
import { wohnsitzAnswers } from '../support/authored-answers.ts';
import { startLotseServer } from '../support/lotse-server.ts';

const ATTACHMENT_BYTES = 2048;
const DEADLINE_MS = 60_000;

/** The `outbox` numbers of `npm run bench`. */
export interface OutboxDrainReport {
  /** Items queued and drained. */
  items: number;
  /** Size of each item's one document (bytes, one chunk). */
  attachmentBytes: number;
  /** Building drafts and enqueueing them (not part of the drain). */
  enqueueMs: number;
  /** From the first drainOutbox call until every item was `sent`. */
  drainMs: number;
  /** Items per second over drainMs. */
  submissionsPerS: number;
  /** drainOutbox calls needed (1 when nothing had to be retried). */
  drains: number;
  /** Items that ended `failed` (must be 0). */
  failed: number;
}

/** The drain did not finish in time, or left items behind. */
export class OutboxDrainError extends Error {
  override name = 'OutboxDrainError';
}

/** Queues `items` Wohnsitz submissions with a small document each and drains them. */
export async function benchOutboxDrain(items = 1000): Promise<OutboxDrainReport> {
  const staticDir = await mkdtemp(join(tmpdir(), 'lotse-bench-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Lotse</title>\n');
  const server = await startLotseServer({ staticDir, env: { LOTSE_RATE_LIMIT: 'off' } });
  const db = new LotseDb(`lotse-bench-${randomUUID()}`);
  try {
    // The server's offices and keys, as the app downloads them with the forms.
    await syncForms(db, { url: `${server.url}/api/v1/forms` });
    const enqueueStart = performance.now();
    await queueWohnsitz(db, items);
    const enqueueMs = performance.now() - enqueueStart;
    const start = performance.now();
    let drains = 0;
    let failed = 0;
    for (;;) {
      const summary = await drainOutbox(db, { baseUrl: server.url });
      drains++;
      failed += summary.failed;
      if (summary.nextAttemptAt === null) break;
      const wait = summary.nextAttemptAt - Date.now();
      if (performance.now() - start + wait > DEADLINE_MS) {
        throw new OutboxDrainError(`${summary.waiting} items still queued after ${drains} drains`);
      }
      await new Promise((done) => setTimeout(done, Math.max(0, wait)));
    }
    const drainMs = performance.now() - start;
    const sent = await db.outbox.where('state').equals('sent').count();
    if (sent !== items) throw new OutboxDrainError(`${sent} of ${items} sent, ${failed} failed`);
    return {
      items,
      attachmentBytes: ATTACHMENT_BYTES,
      enqueueMs: Math.round(enqueueMs),
      drainMs: Math.round(drainMs),
      submissionsPerS: Math.round((items / drainMs) * 10_000) / 10,
      drains,
      failed,
    };
  } finally {
    db.close();
    await db.delete();
    await server.stop();
    await rm(staticDir, { recursive: true, force: true });
  }
}

/** Writes ready drafts with their document, then enqueues them through the real store code. */
async function queueWohnsitz(db: LotseDb, items: number): Promise<void> {
  const form = bundledForms.find((definition) => definition.id === 'lotse-wohnsitz-anmeldung');
  if (!form) throw new OutboxDrainError('the bundled Wohnsitz-Anmeldung is missing');
  const today = todayInGermany();
  const drafts: DraftRow[] = [];
  const attachments: AttachmentRow[] = [];
  for (let index = 0; index < items; index++) {
    const bytes = randomBytes(ATTACHMENT_BYTES);
    const draftId = randomUUID();
    const attachment: AttachmentRow = {
      id: randomUUID(),
      draftId,
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      name: 'wohnungsgeberbestaetigung.jpg',
      type: 'image/jpeg',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    const { id, name, type, size, sha256 } = attachment;
    const time = Date.now() + index;
    attachments.push(attachment);
    drafts.push({
      id: draftId,
      formId: form.id,
      formVersion: form.version,
      serviceId: form.leikaKeys[0] ?? '99115005104000',
      page: '#check',
      answers: {
        ...wohnsitzAnswers(today),
        G_lotse_nachweise: [
          { F_lotse_wohnungsgeberbestaetigung: { attachmentId: id, name, type, size, sha256 } },
        ],
      },
      status: 'ready',
      createdAt: time,
      updatedAt: time,
    });
  }
  await db.attachments.bulkAdd(attachments);
  await db.drafts.bulkAdd(drafts);
  for (const draft of drafts) await enqueueSubmission(db, draft.id, form);
}
