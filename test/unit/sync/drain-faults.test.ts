import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LotseDb } from '../../../src/db/database.ts';
import { drainOutbox, type DrainOptions } from '../../../src/sync/store/drain.ts';
import type { SubmissionFaultServer } from '../../support/submission-fault-server.ts';
import {
  documentBytes,
  drainUntilSettled,
  faultServerOutboxPerTest,
  queueApplication,
  type TestClock,
} from '../../support/outbox-fixture.ts';
import { openJwe } from '../../support/office-keys.ts';

let db: LotseDb;
let server: SubmissionFaultServer;
let clock: TestClock;
let options: DrainOptions;
faultServerOutboxPerTest('drain', (opened) => ({ db, server, clock, options } = opened));

const MIB = 1024 * 1024;

const posts = (key: string) => server.requests.filter((r) => r.route === 'post' && r.key === key);

describe('draining the outbox', () => {
  it('sends an application with its document and keeps the receipt', async () => {
    const row = await queueApplication(db, 'Ada', 2_500_000);
    const summary = await drainOutbox(db, options);
    expect(summary).toEqual({ sent: 1, failed: 0, waiting: 0, nextAttemptAt: null });
    const sent = await db.outbox.get(row.id);
    expect(sent?.state).toBe('sent');
    expect(sent?.receipt?.reference).toMatch(/^LT-/);
    expect(sent?.receipt?.status).toBe('received');
    const stored = server.submissions.get(row.id)!;
    const attachment = [...stored.attachments.values()][0]!;
    expect(attachment.complete).toBe(true);
    // The server got the compact JWE; the office's key opens it to the exact document.
    const { plaintext } = await openJwe(attachment.bytes.toString('utf8'));
    expect(plaintext.equals(Buffer.from(documentBytes(2_500_000, 3)))).toBe(true);
    const chunks = Math.ceil(row.request.attachments[0]!.size / MIB);
    expect(server.requests.filter((r) => r.route === 'put')).toHaveLength(chunks);
  });

  it('gets the same receipt when the connection breaks after the server stored it', async () => {
    const row = await queueApplication(db, 'Ada');
    server.inject('post', { kind: 'reset', afterCommit: true });
    const first = await drainOutbox(db, options);
    expect(first.waiting).toBe(1);
    expect((await db.outbox.get(row.id))?.lastError?.code).toBe('network');
    await drainUntilSettled(db, options, clock);
    expect((await db.outbox.get(row.id))?.receipt).toEqual(server.submissions.get(row.id)?.receipt);
    expect(server.commits).toEqual([row.id]);
    expect(posts(row.id)).toHaveLength(2);
  });

  it('keeps the item queued after a server error and sends it later', async () => {
    const row = await queueApplication(db, 'Ada');
    server.inject('post', { kind: 'status', status: 500, body: '{"error":{"code":"boom"}}' });
    const first = await drainOutbox(db, options);
    const queued = await db.outbox.get(row.id);
    expect(queued).toMatchObject({ state: 'queued', attempts: 1 });
    expect(queued?.lastError).toMatchObject({ kind: 'retryable', status: 500 });
    expect(first.nextAttemptAt).toBe(clock.time + 1000);
    await drainUntilSettled(db, options, clock);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('does not try again before the time a 503 asked for in Retry-After', async () => {
    const row = await queueApplication(db, 'Ada');
    server.inject('post', { kind: 'status', status: 503, headers: { 'Retry-After': '120' } });
    const start = clock.time;
    const first = await drainOutbox(db, options);
    expect(first.nextAttemptAt).toBe(start + 120_000);
    clock.time = start + 119_000;
    expect(await drainOutbox(db, options)).toMatchObject({ sent: 0, waiting: 1 });
    expect(posts(row.id)).toHaveLength(1);
    clock.time = start + 120_000;
    expect(await drainOutbox(db, options)).toMatchObject({ sent: 1, waiting: 0 });
  });

  it('gives up on a request that does not answer in time and tries again', async () => {
    const row = await queueApplication(db, 'Ada');
    server.inject('post', { kind: 'hang' });
    const started = performance.now();
    await drainOutbox(db, { ...options, timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await db.outbox.get(row.id))?.lastError?.code).toBe('timeout');
    await drainUntilSettled(db, options, clock);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('does not count a captive portal page answered with 200 as sent', async () => {
    const row = await queueApplication(db, 'Ada');
    const portal = '<html><body>Please log in to the hotel Wi-Fi</body></html>';
    server.inject('post', {
      kind: 'status',
      status: 200,
      headers: { 'Content-Type': 'text/html' },
      body: portal,
    });
    await drainOutbox(db, options);
    expect(await db.outbox.get(row.id)).toMatchObject({
      state: 'queued',
      lastError: { kind: 'retryable', code: 'not-our-api' },
    });
    await drainUntilSettled(db, options, clock);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('does not follow a redirect to a login page', async () => {
    const row = await queueApplication(db, 'Ada');
    const location = { Location: 'http://login.hotel.example/' };
    server.inject('post', { kind: 'status', status: 302, headers: location });
    await drainOutbox(db, options);
    expect(await db.outbox.get(row.id)).toMatchObject({
      state: 'queued',
      lastError: { code: 'redirect', status: 302 },
    });
    await drainUntilSettled(db, options, clock);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('resumes a document upload broken at half from the offset the server holds', async () => {
    const size = 3 * 1024 * 1024;
    const row = await queueApplication(db, 'Ada', size);
    server.inject('put', { kind: 'pass' }, { kind: 'cut', share: 0.5 });
    await drainOutbox(db, options);
    expect((await db.outbox.get(row.id))?.uploaded).toEqual({
      [row.request.attachments[0]!.id]: 1024 * 1024,
    });
    await drainUntilSettled(db, options, clock);
    const puts = server.requests.filter((r) => r.route === 'put');
    // The cut chunk left half of it on the server: the rest goes from 1.5 MiB on.
    const rest = Math.ceil((row.request.attachments[0]!.size - 1.5 * MIB) / MIB);
    expect(puts).toHaveLength(2 + rest);
    expect(server.requests.filter((r) => r.route === 'head')).toHaveLength(1);
    const stored = [...server.submissions.get(row.id)!.attachments.values()][0]!;
    const hash = createHash('sha256').update(stored.bytes).digest('hex');
    expect(hash).toBe(row.request.attachments[0]!.sha256);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('marks an application the server rejects as needing attention, with its reasons', async () => {
    const row = await queueApplication(db, 'Ada');
    const body = JSON.stringify({
      valid: false,
      errors: [{ path: 'F_name', elementId: 'F_name', code: 'required' }],
    });
    server.inject('post', { kind: 'status', status: 422, body });
    expect(await drainOutbox(db, options)).toMatchObject({ failed: 1, waiting: 0 });
    expect((await db.outbox.get(row.id))?.lastError).toEqual({
      kind: 'needs-attention',
      status: 422,
      code: 'invalid_answers',
      errors: [{ path: 'F_name', elementId: 'F_name', code: 'required' }],
    });
  });

  it('asks again soon while the server is still working on the same key', async () => {
    const row = await queueApplication(db, 'Ada');
    const body = '{"error":{"code":"request_in_progress"}}';
    server.inject('post', { kind: 'status', status: 409, body });
    expect((await drainOutbox(db, options)).nextAttemptAt).toBe(clock.time + 2_000);
    await drainUntilSettled(db, options, clock);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });
});
