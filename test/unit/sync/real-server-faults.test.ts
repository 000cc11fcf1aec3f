import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../../src/sync/store/drain.ts';
import { drainUntilSettled } from '../../support/outbox-fixture.ts';
import type { ProxyFault, ProxyRoute } from '../../support/submission-fault-proxy.ts';
import {
  queueKita,
  realServerOutboxPerTest,
  serverReceipt,
  storedCounts,
} from './real-server-fixture.ts';

const real = realServerOutboxPerTest('real-faults');

/** Every item is sent, the server holds exactly one copy with the receipt the device keeps. */
async function expectStoredOnce(keys: string[]): Promise<void> {
  const counts = storedCounts(real.server.dataDir);
  for (const key of keys) {
    const row = await real.db.outbox.get(key);
    expect(row?.lastError).toBeUndefined();
    expect(row?.state).toBe('sent');
    expect(counts.get(key)).toBe(1);
    const held = await serverReceipt(real.server.url, real.db, key);
    expect(held).toEqual(row?.receipt);
    // 'received' means the server verified every announced document's SHA-256.
    expect(held?.status).toBe('received');
  }
}

const portal = {
  kind: 'status',
  status: 200,
  headers: { 'Content-Type': 'text/html' },
  body: '<html><body>Bitte melden Sie sich im Hotel-WLAN an</body></html>',
} as const;
const single: [string, ProxyRoute, ProxyFault][] = [
  ['the server is down', 'post', { kind: 'down' }],
  ['the server answers 500', 'post', { kind: 'status', status: 500 }],
  ['the answer is lost after the server stored it', 'post', { kind: 'reset-after-answer' }],
  ['a captive portal answers 200 with HTML', 'post', portal],
  [
    'a captive portal redirects',
    'post',
    { kind: 'status', status: 302, headers: { Location: 'http://login.hotel.example/' } },
  ],
  ['the document upload breaks at half', 'put', { kind: 'cut', share: 0.5 }],
  ['the answer to a document chunk is lost', 'put', { kind: 'reset-after-answer' }],
  ['the receipt check fails', 'get', { kind: 'status', status: 500 }],
];

describe('the outbox against the real server behind a faulty network', () => {
  it.each(single)('sends an application exactly once when %s', async (_name, route, fault) => {
    const row = await queueKita(real.db, 'Lina', 200_000);
    real.proxy.inject(route, fault);
    const first = await drainOutbox(real.db, { ...real.options, chunkBytes: 64 * 1024 });
    expect(first.sent).toBe(0);
    expect((await real.db.outbox.get(row.id))?.state).toBe('queued');
    await drainUntilSettled(real.db, { ...real.options, chunkBytes: 64 * 1024 }, real.clock);
    await expectStoredOnce([row.id]);
  });

  it('waits the two seconds a 503 asks for before sending again', async () => {
    const row = await queueKita(real.db, 'Lina');
    real.proxy.inject('post', { kind: 'status', status: 503, headers: { 'Retry-After': '2' } });
    const start = real.clock.time;
    expect((await drainOutbox(real.db, real.options)).nextAttemptAt).toBe(start + 2_000);
    real.clock.time = start + 1_999;
    expect(await drainOutbox(real.db, real.options)).toMatchObject({ sent: 0, waiting: 1 });
    real.clock.time = start + 2_000;
    expect(await drainOutbox(real.db, real.options)).toMatchObject({ sent: 1, waiting: 0 });
    expect(real.proxy.requests.filter((r) => r.route === 'post')).toHaveLength(2);
    await expectStoredOnce([row.id]);
  });

  it('gives up on a request that hangs and sends it on the next drain', async () => {
    const row = await queueKita(real.db, 'Lina');
    real.proxy.inject('post', { kind: 'hang' });
    const started = performance.now();
    await drainOutbox(real.db, { ...real.options, timeoutMs: 400 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await real.db.outbox.get(row.id))?.lastError?.code).toBe('timeout');
    await drainUntilSettled(real.db, real.options, real.clock);
    await expectStoredOnce([row.id]);
  });
});
