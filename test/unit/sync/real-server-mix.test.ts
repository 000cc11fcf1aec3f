import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import type { DrainOptions } from '../../../src/sync/store/drain.ts';
import { drainUntilSettled, testClock } from '../../support/outbox-fixture.ts';
import type { ProxyFault, ProxyRoute } from '../../support/submission-fault-proxy.ts';
import {
  queueKita,
  realServerOutboxPerTest,
  serverReceipt,
  storedCounts,
} from './real-server-fixture.ts';

// Its one test brings its own clock and drain options (a seeded jitter, a shorter timeout).
const real = realServerOutboxPerTest('real-mix');

/** mulberry32: the same fault sequence on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS: [weight: number, fault: ProxyFault][] = [
  [0.04, { kind: 'down' }],
  [0.03, { kind: 'status', status: 500 }],
  [0.03, { kind: 'status', status: 503, headers: { 'Retry-After': '2' } }],
  [0.01, { kind: 'hang' }],
  [0.06, { kind: 'reset-after-answer' }],
  [0.02, { kind: 'status', status: 200, headers: { 'Content-Type': 'text/html' }, body: '<p>' }],
  [0.02, { kind: 'status', status: 302, headers: { Location: 'http://portal.example/' } }],
  [0.06, { kind: 'cut', share: 0.5 }],
];

it('stores 100 applications exactly once each under a seeded mix of every fault', async () => {
  const random = seeded(4711);
  real.proxy.chaos = (route: ProxyRoute) => {
    let roll = random();
    for (const [weight, fault] of FAULTS) {
      if (fault.kind === 'cut' && route !== 'put') continue;
      if (roll < weight) return fault;
      roll -= weight;
    }
    return { kind: 'pass' };
  };
  const rows = [];
  for (let index = 0; index < 100; index++) {
    // Every third application carries a 100–300 KB certificate.
    const size = index % 3 === 0 ? 100_000 + ((index * 7919) % 200_000) : 0;
    rows.push(await queueKita(real.db, `Kind ${index}`, size));
  }
  const clock = testClock();
  const options: DrainOptions = {
    baseUrl: real.proxy.url,
    now: clock.now,
    random: seeded(1),
    timeoutMs: 1_000,
    chunkBytes: 64 * 1024,
  };
  const started = performance.now();
  const summaries = await drainUntilSettled(real.db, options, clock, 2_000);
  const seconds = (performance.now() - started) / 1000;
  const faulty = real.proxy.requests.filter((request) => request.fault !== 'pass');
  const faults = faulty.length;
  const byKind = new Map<string, number>();
  for (const request of faulty) byKind.set(request.fault, (byKind.get(request.fault) ?? 0) + 1);
  console.info(
    `100 applications: ${real.proxy.requests.length} requests, ${faults} faults ` +
      `(${[...byKind].map(([kind, count]) => `${kind} ${count}`).join(', ')}), ` +
      `${summaries.length} drains, ${seconds.toFixed(1)} s`,
  );

  expect(faults).toBeGreaterThan(50);
  const states = (await real.db.outbox.toArray()).map((row) => row.state);
  expect(states.filter((state) => state === 'sent')).toHaveLength(100);
  const counts = storedCounts(real.server.dataDir);
  expect(counts.size).toBe(100);
  const references = new Set<string>();
  for (const row of rows) {
    const sent = await real.db.outbox.get(row.id);
    expect(sent?.state).toBe('sent');
    expect(counts.get(row.id)).toBe(1);
    const held = await serverReceipt(real.server.url, real.db, row.id);
    expect(held).toEqual(sent?.receipt);
    expect(held?.status).toBe('received');
    references.add(held!.reference);
  }
  expect(references.size).toBe(100);
}, 60_000);
