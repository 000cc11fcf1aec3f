import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LotseDb } from '../../../src/db/database.ts';
import type { Kysely } from 'kysely';
import { createEnrollmentCode } from '../../../src/server/devices/enrollment.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import {
  enrollDevice,
  registerDevice,
  storedCredential,
} from '../../../src/sync/store/device-token.ts';
import { drainOutbox, type DrainOptions } from '../../../src/sync/store/drain.ts';
import { refreshSubmissionStatus } from '../../../src/sync/store/status-refresh.ts';
import type { SubmissionFaultServer } from '../../support/submission-fault-server.ts';
import {
  faultServerOutboxPerTest,
  queueApplication,
  type TestClock,
} from '../../support/outbox-fixture.ts';
import { appPerTest, testDialects, type Listening } from '../../support/server.ts';

const sqliteDialect = (await testDialects()).dialects.find((dialect) => dialect.name === 'sqlite')!;

let db: LotseDb;
let server: SubmissionFaultServer;
let clock: TestClock;
let options: DrainOptions;
faultServerOutboxPerTest('credential', (opened) => ({ db, server, clock, options } = opened));

const registrations = () => server.requests.filter((request) => request.route === 'register');
const posts = (key: string) =>
  server.requests.filter((request) => request.route === 'post' && request.key === key);

describe('the device credential of the outbox', () => {
  it('registers as a citizen device before the first submission, once', async () => {
    expect(await drainOutbox(db, options)).toMatchObject({ sent: 0, waiting: 0 });
    expect(server.requests).toEqual([]);
    const first = await queueApplication(db, 'Ada');
    await drainOutbox(db, options);
    const credential = await storedCredential(db);
    expect(credential).toMatchObject({ kind: 'citizen' });
    expect(server.devices.get(credential!.token)).toEqual({
      deviceId: credential!.deviceId,
      revoked: false,
    });
    expect(server.requests[0]?.route).toBe('register');
    const second = await queueApplication(db, 'Grace');
    await drainOutbox(db, options);
    expect((await db.outbox.get(first.id))?.state).toBe('sent');
    expect((await db.outbox.get(second.id))?.state).toBe('sent');
    expect(registrations()).toHaveLength(1);
    expect(server.submissions.get(second.id)?.token).toBe(credential!.token);
  });

  it('replaces a token the device made itself before the server issued credentials', async () => {
    await db.deviceMeta.add({ key: 'device', token: 'x'.repeat(43), createdAt: 1 });
    expect(await storedCredential(db)).toBeNull();
    const row = await queueApplication(db, 'Ada');
    await drainOutbox(db, options);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
    expect((await storedCredential(db))?.token).not.toBe('x'.repeat(43));
  });

  it('keeps the item queued when registering fails, waiting as long as the server asks', async () => {
    server.inject('register', {
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '120' },
      body: '{"error":{"code":"rate_limited","message":"slow down"}}',
    });
    const row = await queueApplication(db, 'Ada');
    const summary = await drainOutbox(db, options);
    const stored = await db.outbox.get(row.id);
    expect(stored).toMatchObject({ state: 'queued', lastError: { code: 'rate_limited' } });
    expect(summary.nextAttemptAt).toBeGreaterThanOrEqual(clock.now() + 120_000);
    expect(posts(row.id)).toHaveLength(0);
    expect(await storedCredential(db)).toBeNull();
    clock.time += 120_000;
    await drainOutbox(db, options);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('stops sending when the device was revoked: every item needs attention, none is retried', async () => {
    const first = await queueApplication(db, 'Ada');
    await drainOutbox(db, options);
    expect((await db.outbox.get(first.id))?.state).toBe('sent');
    const { token } = (await storedCredential(db))!;
    server.devices.get(token)!.revoked = true;

    const second = await queueApplication(db, 'Grace');
    const third = await queueApplication(db, 'Hedy');
    const summary = await drainOutbox(db, options);
    expect(summary).toMatchObject({ sent: 0, failed: 2, waiting: 0 });
    for (const id of [second.id, third.id]) {
      expect((await db.outbox.get(id))?.lastError).toMatchObject({
        kind: 'needs-attention',
        status: 401,
        code: 'device_revoked',
      });
    }
    // The revocation was learned from the first item; the second was not even tried.
    expect(posts(second.id)).toHaveLength(1);
    expect(posts(third.id)).toHaveLength(0);
    clock.time += 24 * 60 * 60_000;
    await drainOutbox(db, options);
    expect(server.requests.filter((request) => request.route === 'post')).toHaveLength(2);
    expect(registrations()).toHaveLength(1);
  });

  it('registers again once when the server no longer knows the token, then sends', async () => {
    const first = await queueApplication(db, 'Ada');
    await drainOutbox(db, options);
    const before = (await storedCredential(db))!;
    // The server's database was reset: it forgot every device.
    server.devices.clear();
    const second = await queueApplication(db, 'Grace');
    await drainOutbox(db, options);
    expect((await db.outbox.get(second.id))?.state).toBe('sent');
    const after = (await storedCredential(db))!;
    expect(after.deviceId).not.toBe(before.deviceId);
    expect(server.submissions.get(second.id)?.token).toBe(after.token);
    expect(registrations()).toHaveLength(2);
    expect((await db.outbox.get(first.id))?.state).toBe('sent');
  });

  it('does not keep registering when the new credential is refused too', async () => {
    const row = await queueApplication(db, 'Ada');
    const refused = {
      kind: 'status' as const,
      status: 401,
      body: '{"error":{"code":"unauthenticated","message":"unknown token"}}',
    };
    server.inject('post', refused, refused, refused);
    await drainOutbox(db, options);
    expect((await db.outbox.get(row.id))?.lastError).toMatchObject({
      kind: 'needs-attention',
      code: 'unauthenticated',
    });
    expect(registrations()).toHaveLength(2);
    expect(posts(row.id)).toHaveLength(2);
  });

  it('asks no status without a credential', async () => {
    await queueApplication(db, 'Ada');
    await drainOutbox(db, options);
    await db.deviceMeta.clear();
    const seen: string[] = [];
    const summary = await refreshSubmissionStatus(db, {
      baseUrl: server.url,
      now: () => clock.now() + 60 * 60_000,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : input.toString());
        return fetch(input, init);
      },
    });
    expect(summary).toEqual({ checked: 0, changed: 0 });
    expect(seen).toEqual([]);
  });
});

describe('enrolling a staff tablet (worker API enrollDevice)', () => {
  let server: Listening;
  let serverDb: Kysely<Database>;
  const http = () => ({
    fetch: fetch.bind(globalThis),
    baseUrl: server.url,
    timeoutMs: 5_000,
    now: Date.now,
  });
  const code = async () =>
    (await createEnrollmentCode(serverDb, { label: 'Tablet 3', hours: 1 }, new Date())).code;

  appPerTest(sqliteDialect, (opened) => ({ server, db: serverDb } = opened));

  it('turns the registered citizen device into a staff device with the same credential', async () => {
    const citizen = await registerDevice(db, http());
    expect(citizen.kind).toBe('citizen');
    const outcome = await enrollDevice(db, (await code()).toLowerCase(), { baseUrl: server.url });
    expect(outcome).toEqual({ ok: true, deviceId: citizen.deviceId, kind: 'staff' });
    expect(await storedCredential(db)).toEqual({ ...citizen, kind: 'staff' });
  });

  it('enrolls a device that never registered, and reports a refused code without changing anything', async () => {
    const wrong = await enrollDevice(db, 'ZZZZZ-ZZZZZ', { baseUrl: server.url });
    expect(wrong).toEqual({ ok: false, code: 'enrollment_code_invalid' });
    expect(await storedCredential(db)).toBeNull();
    const good = await code();
    const outcome = await enrollDevice(db, good, { baseUrl: server.url });
    expect(outcome).toMatchObject({ ok: true, kind: 'staff' });
    const stored = await storedCredential(db);
    expect(stored?.kind).toBe('staff');
    const again = await enrollDevice(db, good, { baseUrl: server.url });
    expect(again).toEqual({ ok: false, code: 'enrollment_code_used' });
    expect(await storedCredential(db)).toEqual(stored);
  });

  it('says so when the server cannot be reached', async () => {
    const offline = await enrollDevice(db, 'ZZZZZ-ZZZZZ', {
      baseUrl: server.url,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(offline).toEqual({ ok: false, code: 'network' });
  });
});
