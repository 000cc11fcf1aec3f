import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { listDraftOverviews } from '../../../src/drafts/store/draft-views.ts';
import { drainOutbox } from '../../../src/sync/store/drain.ts';
import {
  refreshSubmissionStatus,
  STATUS_CHECK_INTERVAL_MS,
} from '../../../src/sync/store/status-refresh.ts';
import type { LotseServer } from '../../support/lotse-server.ts';
import { testClock, type TestClock } from '../../support/outbox-fixture.ts';
import { downloadOffices, queueKita, startRealServer } from './real-server-fixture.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');

let server: LotseServer;
let db: LotseDb;
let clock: TestClock;
/** Status questions (GET …/submissions/{key}) this device asked. */
let asked: string[];

beforeAll(async () => {
  server = await startRealServer();
  db = new LotseDb(`real-status-${Math.random()}`);
  await downloadOffices(db, server.url);
  clock = testClock();
}, 60_000);
afterAll(async () => {
  await db.delete();
  await server.stop();
});

/** `npm run submissions:status -- …` on the server's database, as the office runs it. */
async function office(...args: string[]): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: server.dataDir };
  delete env.DATABASE_URL;
  await run(
    process.execPath,
    ['--import', 'tsx', 'src/server/submissions/status-cli.ts', ...args],
    {
      cwd: ROOT,
      env,
    },
  );
}

function refresh() {
  asked = [];
  const counting: typeof fetch = (input, init) => {
    asked.push(input instanceof Request ? input.url : input.toString());
    return fetch(input, init);
  };
  return refreshSubmissionStatus(db, { baseUrl: server.url, now: clock.now, fetch: counting });
}

describe('the office status of a sent application, against the real server', () => {
  let id = '';
  let reference = '';

  beforeAll(async () => {
    id = (await queueKita(db, 'Status')).id;
    await drainOutbox(db, { baseUrl: server.url, now: clock.now, onChange: () => undefined });
    const row = await db.outbox.get(id);
    expect(row?.state).toBe('sent');
    reference = row!.receipt!.reference;
  });

  it('stores a status the office set on the outbox row and shows it in the drafts list', async () => {
    await office(reference, 'in-progress');
    expect(await refresh()).toEqual({ checked: 1, changed: 1 });
    const row = await db.outbox.get(id);
    expect(row?.receipt).toMatchObject({ reference, status: 'in-progress', statusNote: null });
    expect(row?.statusCheckedAt).toBe(clock.time);
    const overview = (await listDraftOverviews(db)).find((draft) => draft.id === id);
    expect(overview?.sending?.office).toEqual({ status: 'in-progress', note: null });
  });

  it('asks again only after the interval, then shows the office question with its note', async () => {
    await office(reference, 'needs-information', '--note', 'Bitte die Geburtsurkunde zeigen.');
    clock.time += STATUS_CHECK_INTERVAL_MS - 1;
    expect(await refresh()).toEqual({ checked: 0, changed: 0 });
    expect(asked).toEqual([]);
    expect((await db.outbox.get(id))?.receipt?.status).toBe('in-progress');

    clock.time += 1;
    expect(await refresh()).toEqual({ checked: 1, changed: 1 });
    expect(asked).toEqual([`${server.url}/api/v1/submissions/${id}`]);
    expect((await db.outbox.get(id))?.receipt).toMatchObject({
      status: 'needs-information',
      statusNote: 'Bitte die Geburtsurkunde zeigen.',
    });
  });

  it('keeps the item due when there is no connection, so the next trigger asks again', async () => {
    clock.time += STATUS_CHECK_INTERVAL_MS;
    const checkedBefore = (await db.outbox.get(id))?.statusCheckedAt;
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const summary = await refreshSubmissionStatus(db, {
      baseUrl: server.url,
      now: clock.now,
      fetch: offline,
    });
    expect(summary).toEqual({ checked: 0, changed: 0 });
    expect((await db.outbox.get(id))?.statusCheckedAt).toBe(checkedBefore);
    // Back online: answered, unchanged.
    expect(await refresh()).toEqual({ checked: 1, changed: 0 });
  });

  it('stops asking once the office decided', async () => {
    await office(reference, 'decided');
    clock.time += STATUS_CHECK_INTERVAL_MS;
    expect(await refresh()).toEqual({ checked: 1, changed: 1 });
    expect((await db.outbox.get(id))?.receipt).toMatchObject({
      status: 'decided',
      statusNote: null,
    });
    clock.time += 10 * STATUS_CHECK_INTERVAL_MS;
    expect(await refresh()).toEqual({ checked: 0, changed: 0 });
    expect(asked).toEqual([]);
  });
});
