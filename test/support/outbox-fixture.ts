import { afterEach, beforeEach } from 'vitest';
import { LotseDb } from '../../src/db/database.ts';
import { FORM_FORMAT, type FormDefinition } from '../../src/forms/model/form-definition.ts';
import { createDraft, saveAnswer, saveAttachment } from '../../src/drafts/store/drafts-store.ts';
import { enqueueSubmission } from '../../src/sync/store/enqueue.ts';
import { drainOutbox, type DrainOptions, type DrainSummary } from '../../src/sync/store/drain.ts';
import { seedDeviceDestination } from './office-keys.ts';
import {
  startSubmissionFaultServer,
  type SubmissionFaultServer,
} from './submission-fault-server.ts';

/** A small form: a name, a document, and a question shown only for "yes". */
export const OUTBOX_FORM: FormDefinition = {
  format: FORM_FORMAT,
  id: 'outbox-test',
  version: '1',
  title: 'Outbox test',
  leikaKeys: ['99000000000000'],
  source: { standard: 'lotse' },
  codeLists: {},
  elements: [
    { kind: 'field', id: 'F_name', label: 'Name', type: 'text', occurs: { min: 1, max: 1 } },
    { kind: 'field', id: 'F_more', label: 'More?', type: 'boolean', occurs: { min: 0, max: 1 } },
    {
      kind: 'field',
      id: 'F_detail',
      label: 'Details',
      type: 'text',
      occurs: { min: 0, max: 1 },
      relevantWhen: 'F_more == true',
    },
    {
      kind: 'field',
      id: 'F_doc',
      label: 'Document',
      type: 'file',
      occurs: { min: 0, max: 1 },
      constraints: { accept: ['application/pdf'] },
    },
  ],
  rules: [],
};

/** Deterministic bytes of a given size (a fake PDF). */
export function documentBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 31 + seed) & 0xff;
  return bytes;
}

/**
 * Creates a filled draft (optionally with a document of `documentSize` bytes) and enqueues it,
 * encrypted to the test office (stored on the device first if no office is).
 */
export async function queueApplication(db: LotseDb, name: string, documentSize = 0) {
  if ((await db.destinations.count()) === 0) await seedDeviceDestination(db);
  const draft = await createDraft(db, {
    formId: OUTBOX_FORM.id,
    formVersion: OUTBOX_FORM.version,
    serviceId: '99000000000000',
  });
  await saveAnswer(db, draft.id, 'F_name', name);
  if (documentSize > 0) {
    const blob = new Blob([documentBytes(documentSize, name.length)], { type: 'application/pdf' });
    const answer = await saveAttachment(db, draft.id, { blob, name: 'doc.pdf', type: blob.type });
    await saveAnswer(db, draft.id, 'F_doc', answer);
  }
  return enqueueSubmission(db, draft.id, OUTBOX_FORM);
}

/** A clock the tests move by hand. */
export interface TestClock {
  /** Current time (epoch ms). */
  time: number;
  /** Reads it (pass as `now`). */
  now: () => number;
}

/** A test clock starting just after the real time, so items enqueued now are due. */
export function testClock(start = Math.ceil(Date.now() / 1000) * 1000 + 1000): TestClock {
  const clock: TestClock = { time: start, now: () => clock.time };
  return clock;
}

/**
 * Drains, jumps the clock to the next due time, and drains again, until nothing waits or
 * `rounds` drains ran. Returns the summaries of every round.
 */
export async function drainUntilSettled(
  db: LotseDb,
  options: DrainOptions,
  clock: TestClock,
  rounds = 50,
): Promise<DrainSummary[]> {
  const summaries: DrainSummary[] = [];
  for (let round = 0; round < rounds; round++) {
    const summary = await drainOutbox(db, { ...options, now: clock.now });
    summaries.push(summary);
    if (summary.nextAttemptAt === null) break;
    clock.time = Math.max(clock.time, summary.nextAttemptAt);
  }
  return summaries;
}

/** What {@link faultServerOutboxPerTest} opens for each test. */
export interface FaultServerOutbox {
  /** The device's database, empty. */
  db: LotseDb;
  /** The in-memory submission server the outbox sends to. */
  server: SubmissionFaultServer;
  /** The clock the drains read. */
  clock: TestClock;
  /** Drain options that send to `server`, with fixed jitter and a 2 s timeout. */
  options: DrainOptions;
}

/**
 * A fresh device database (`<name>-<random>`) and fault server per test, with a clock and drain
 * options; `use` gets them before the test. The server stops and the database goes after it.
 */
export function faultServerOutboxPerTest(
  name: string,
  use: (opened: FaultServerOutbox) => void,
): void {
  let db: LotseDb;
  let server: SubmissionFaultServer;
  beforeEach(async () => {
    db = new LotseDb(`${name}-${Math.random()}`);
    server = await startSubmissionFaultServer();
    const clock = testClock();
    const options = { baseUrl: server.url, now: clock.now, random: () => 0.5, timeoutMs: 2_000 };
    use({ db, server, clock, options });
  });
  afterEach(async () => {
    await server.stop();
    await db.delete();
  });
}
