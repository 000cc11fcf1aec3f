/** Shared setup of the outbox tests against the real server process (real-server-*.test.ts). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { LotseDb, type DraftConsent, type OutboxRow } from '../../../src/db/database.ts';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import {
  createDraft,
  recordConsent,
  saveAttachment,
} from '../../../src/drafts/store/drafts-store.ts';
import { todayInGermany } from '../../../src/server/forms/check-answers.ts';
import type { SubmissionReceipt } from '../../../src/shared/submission.ts';
import { storedCredential } from '../../../src/sync/store/device-token.ts';
import type { DrainOptions } from '../../../src/sync/store/drain.ts';
import { enqueueSubmission } from '../../../src/sync/store/enqueue.ts';
import { syncForms } from '../../../src/forms/store/forms-store.ts';
import { kitaAnswers } from '../../support/authored-answers.ts';
import { startLotseServer, type LotseServer } from '../../support/lotse-server.ts';
import { documentBytes, testClock, type TestClock } from '../../support/outbox-fixture.ts';
import {
  startSubmissionFaultProxy,
  type SubmissionFaultProxy,
} from '../../support/submission-fault-proxy.ts';

/** The bundled form every test submits: its employment certificate is optional. */
export const KITA = bundledForms.find((form) => form.id === 'lotse-kita-platz')!;

/** A real server process with a throwaway static folder; `stop` removes both. */
export async function startRealServer(env: Record<string, string> = {}): Promise<LotseServer> {
  const staticDir = await mkdtemp(join(tmpdir(), 'lotse-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Lotse</title>');
  const server = await startLotseServer({ staticDir, env }).catch(async (error: unknown) => {
    await rm(staticDir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}

/** What {@link realServerOutboxPerTest} opens: the file's server and each test's own device. */
export interface RealServerOutbox {
  /** The real server process, one for the whole file. */
  server: LotseServer;
  /** A fault proxy in front of `server`, fresh for each test. */
  proxy: SubmissionFaultProxy;
  /** The name of the device's database, to open it again as a second tab. */
  dbName: string;
  /** The device's database, with the server's offices downloaded. */
  db: LotseDb;
  /** The clock the drains read. */
  clock: TestClock;
  /** Drain options that send through `proxy`, with fixed jitter and a 5 s timeout. */
  options: DrainOptions;
}

/**
 * Starts one real server for the file and, per test, a fault proxy in front of it and a fresh
 * device database (`<name>-<random>`) that knows the server's offices. The hooks fill in the
 * returned object, so read its fields inside tests only. The proxy and database go after each
 * test, the server after the file.
 */
export function realServerOutboxPerTest(name: string): RealServerOutbox {
  const real = {} as RealServerOutbox;
  beforeAll(async () => {
    real.server = await startRealServer();
  }, 60_000);
  afterAll(() => real.server.stop());
  beforeEach(async () => {
    real.proxy = await startSubmissionFaultProxy(real.server.url);
    real.dbName = `${name}-${Math.random()}`;
    real.db = new LotseDb(real.dbName);
    await downloadOffices(real.db, real.server.url);
    real.clock = testClock();
    real.options = {
      baseUrl: real.proxy.url,
      now: real.clock.now,
      random: () => 0.5,
      timeoutMs: 5_000,
    };
    // A loaded CI machine: the forms download from a real server process may take a while.
  }, 30_000);
  afterEach(async () => {
    await real.proxy.stop();
    await real.db.delete();
  });
  return real;
}

/**
 * Downloads the forms with the server's offices and keys onto the device, as the app does at
 * start: without them nothing can be encrypted, so nothing can be queued.
 */
export async function downloadOffices(db: LotseDb, baseUrl: string): Promise<void> {
  const result = await syncForms(db, { url: `${baseUrl}/api/v1/forms` });
  if (result.status === 'failed') throw new Error(`forms download failed: ${result.reason}`);
  if ((await db.destinations.count()) === 0) throw new Error('the server published no office');
}

/**
 * Creates a complete Kita application on the device, with an employment certificate of
 * `documentSize` bytes (none when 0; `document` gives its bytes and name instead), and puts it
 * into the outbox.
 */
export async function queueKita(
  db: LotseDb,
  name: string,
  documentSize = 0,
  document?: { bytes: Uint8Array<ArrayBuffer>; name: string },
  /** The consent staff recorded before the first question, if they helped. */
  consent?: DraftConsent,
): Promise<OutboxRow> {
  const answers = kitaAnswers(todayInGermany());
  const parent = answers.G_lotse_eltern as Record<string, unknown>[];
  const rest = { ...parent[0]! };
  delete rest.F_lotse_nachweis_beschaeftigung;
  const child = (answers.G_lotse_kind as Record<string, unknown>[])[0]!;
  child.F_lotse_kind_vornamen = name;
  // Without a document the parent does not work, so no employment certificate is required.
  answers.G_lotse_eltern = [{ ...rest, F_lotse_erwerbsstatus: 'nicht_erwerbstaetig' }];
  const draft = await createDraft(
    db,
    { formId: KITA.id, formVersion: KITA.version, serviceId: KITA.leikaKeys[0]! },
    { answers, paths: [] },
  );
  if (documentSize > 0 || document) {
    const bytes = document?.bytes ?? documentBytes(documentSize, name.length);
    const blob = new Blob([bytes], { type: 'application/pdf' });
    const file = await saveAttachment(db, draft.id, {
      blob,
      name: document?.name ?? 'bescheinigung.pdf',
      type: blob.type,
    });
    answers.G_lotse_eltern = [{ ...rest, F_lotse_nachweis_beschaeftigung: file }];
    await db.drafts.update(draft.id, { answers });
  }
  if (consent) await recordConsent(db, draft.id, consent);
  return enqueueSubmission(db, draft.id, KITA);
}

/** The receipt the server holds for a key, asked with this device's credential (null when 404). */
export async function serverReceipt(
  baseUrl: string,
  db: LotseDb,
  key: string,
): Promise<SubmissionReceipt | null> {
  const response = await fetch(`${baseUrl}/api/v1/submissions/${key}`, {
    headers: { Authorization: `Bearer ${(await storedCredential(db))?.token ?? ''}` },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET receipt answered ${response.status}`);
  return (await response.json()) as SubmissionReceipt;
}

/** How many submission rows the server's SQLite file holds per key (opened read-only). */
export function storedCounts(dataDir: string): Map<string, number> {
  const file = new Database(join(dataDir, 'lotse.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = file
      .prepare('select idempotency_key as key, count(*) as n from submissions group by 1')
      .all() as { key: string; n: number }[];
    return new Map(rows.map((row) => [row.key, row.n]));
  } finally {
    file.close();
  }
}
