import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { drainOutbox } from '../../../src/sync/store/drain.ts';
import { createMemoryLocks, withDrainLock } from '../../../src/sync/store/drain-lock.ts';
import { drainUntilSettled } from '../../support/outbox-fixture.ts';
import {
  queueKita,
  realServerOutboxPerTest,
  serverReceipt,
  storedCounts,
} from './real-server-fixture.ts';

const real = realServerOutboxPerTest('real-tabs');

async function queueSome(count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let index = 0; index < count; index++) {
    keys.push((await queueKita(real.db, `Kind ${index}`, index % 2 ? 150_000 : 0)).id);
  }
  return keys;
}

async function expectStoredOnce(keys: string[]): Promise<void> {
  const counts = storedCounts(real.server.dataDir);
  for (const key of keys) {
    const row = await real.db.outbox.get(key);
    expect(row?.state).toBe('sent');
    expect(counts.get(key)).toBe(1);
    const held = await serverReceipt(real.server.url, real.db, key);
    expect(held).toEqual(row?.receipt);
    expect(held?.status).toBe('received');
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('condition not reached in 5 s');
    await new Promise((done) => setTimeout(done, 10));
  }
}

describe('tabs sending the same outbox to the real server', () => {
  it('finishes with the same receipt when the tab closed after the server stored it', async () => {
    const [key] = await queueSome(1);
    real.proxy.inject('post', { kind: 'delay', ms: 3_000 });
    const tab = new AbortController();
    const draining = drainOutbox(real.db, { ...real.options, signal: tab.signal });
    // The server answered (so it committed); the answer is still on its way when the tab closes.
    await until(() => real.proxy.requests[0]?.upstreamStatus !== undefined);
    expect(real.proxy.requests[0]?.upstreamStatus).toBe(201);
    tab.abort();
    await draining;
    const left = await real.db.outbox.get(key!);
    expect(left).toMatchObject({ state: 'queued', attempts: 0 });
    expect(left?.receipt).toBeUndefined();
    expect(storedCounts(real.server.dataDir).get(key!)).toBe(1);

    const nextTab = new LotseDb(real.dbName);
    try {
      expect(await drainOutbox(nextTab, real.options)).toMatchObject({ sent: 1, waiting: 0 });
    } finally {
      nextTab.close();
    }
    expect(real.proxy.requests.map((request) => request.upstreamStatus)).toEqual([201, 200]);
    await expectStoredOnce([key!]);
  });

  it('lets only one of two tabs drain while both hold the same lock', async () => {
    const keys = await queueSome(6);
    const locks = createMemoryLocks();
    const otherTab = new LotseDb(real.dbName);
    try {
      const runs = await Promise.all([
        withDrainLock(() => drainOutbox(real.db, real.options), locks),
        withDrainLock(() => drainOutbox(otherTab, real.options), locks),
      ]);
      expect(runs.map((run) => run.ran)).toEqual([true, false]);
    } finally {
      otherTab.close();
    }
    expect(real.proxy.requests.filter((request) => request.route === 'post')).toHaveLength(6);
    await expectStoredOnce(keys);
  });

  it('stores one copy each when two tabs drain the same items without a lock', async () => {
    const keys = await queueSome(10);
    const otherTab = new LotseDb(real.dbName);
    try {
      await Promise.all([drainOutbox(real.db, real.options), drainOutbox(otherTab, real.options)]);
      await drainUntilSettled(real.db, real.options, real.clock);
    } finally {
      otherTab.close();
    }
    const posts = real.proxy.requests.filter((request) => request.route === 'post');
    // Both tabs really raced: some keys were POSTed twice, and the server kept one copy.
    expect(posts.length).toBeGreaterThan(keys.length);
    await expectStoredOnce(keys);
  });
});
