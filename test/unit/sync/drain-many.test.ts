import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LotseDb } from '../../../src/db/database.ts';
import { drainOutbox, type DrainOptions } from '../../../src/sync/store/drain.ts';
import { createMemoryLocks, withDrainLock } from '../../../src/sync/store/drain-lock.ts';
import type {
  SubmissionFault,
  SubmissionFaultServer,
} from '../../support/submission-fault-server.ts';
import {
  drainUntilSettled,
  faultServerOutboxPerTest,
  queueApplication,
  testClock,
} from '../../support/outbox-fixture.ts';

let db: LotseDb;
let server: SubmissionFaultServer;
// Each test drains with its own clock and options.
faultServerOutboxPerTest('drain-many', (opened) => ({ db, server } = opened));

/** Small deterministic random numbers (mulberry32), so a failing mix can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS: SubmissionFault[] = [
  { kind: 'status', status: 500, body: '{"error":{"code":"internal"}}' },
  { kind: 'status', status: 503, headers: { 'Retry-After': '30' } },
  { kind: 'status', status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>' },
  { kind: 'status', status: 302, headers: { Location: 'http://portal.example/' } },
  { kind: 'status', status: 409, body: '{"error":{"code":"request_in_progress"}}' },
  { kind: 'reset', afterCommit: false },
  { kind: 'reset', afterCommit: true },
  { kind: 'hang' },
];

describe('draining many applications', () => {
  it('lets only one of two drainers started at once send, so each item is posted once', async () => {
    const rows = [];
    for (let index = 0; index < 10; index++) rows.push(await queueApplication(db, `P${index}`));
    const clock = testClock();
    const options: DrainOptions = { baseUrl: server.url, now: clock.now };
    const locks = createMemoryLocks();
    const runs = await Promise.all([
      withDrainLock(() => drainOutbox(db, options), locks),
      withDrainLock(() => drainOutbox(db, options), locks),
    ]);
    expect(runs.filter((run) => run.ran)).toHaveLength(1);
    for (const row of rows) {
      expect(server.requests.filter((r) => r.route === 'post' && r.key === row.id)).toHaveLength(1);
    }
    expect(await db.outbox.where('state').equals('sent').count()).toBe(10);
  });

  it('stores each of 100 applications exactly once, documents intact, after a mix of faults', async () => {
    const rows = [];
    for (let index = 0; index < 100; index++) {
      rows.push(await queueApplication(db, `Person ${index}`, index % 10 === 0 ? 150_000 : 0));
    }
    const random = seeded(4);
    let faults = 0;
    server.chaos = (route) => {
      const roll = random();
      if (roll >= 0.3) return { kind: 'pass' };
      faults++;
      if (route === 'put' && roll < 0.25) return { kind: 'cut', share: random() };
      return FAULTS[Math.floor(random() * FAULTS.length)]!;
    };
    const clock = testClock();
    const options: DrainOptions = {
      baseUrl: server.url,
      random,
      timeoutMs: 100,
      chunkBytes: 64 * 1024,
    };
    const summaries = await drainUntilSettled(db, options, clock, 200);
    expect(summaries.at(-1)).toMatchObject({ waiting: 0, failed: 0 });
    expect(await db.outbox.where('state').equals('sent').count()).toBe(100);
    expect([...server.commits].sort()).toEqual(rows.map((row) => row.id).sort());
    for (const row of rows) {
      const stored = server.submissions.get(row.id)!;
      expect((await db.outbox.get(row.id))?.receipt?.id).toBe(stored.receipt.id);
      for (const attachment of stored.attachments.values()) {
        const hash = createHash('sha256').update(attachment.bytes).digest('hex');
        expect(hash).toBe(attachment.announced.sha256);
      }
    }
    expect(faults).toBeGreaterThan(30);
  });
});
