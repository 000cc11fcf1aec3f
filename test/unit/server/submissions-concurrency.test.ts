import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Storage } from '../../../src/server/storage/open-storage.ts';
import { listen, tempDir, testDialects } from '../../support/server.ts';
import type { Listening, TestStorage } from '../../support/server.ts';
import {
  deviceToken,
  postSubmission,
  prepareSubmission,
  putChunk,
  trustDevice,
} from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();
const postgres = dialects.find((dialect) => dialect.name === 'postgres');

if (skipped !== null) it.skip(`two servers receiving one submission: ${skipped}`, () => undefined);

describe.runIf(postgres !== undefined)('two server processes on one PostgreSQL', () => {
  let storage: TestStorage;
  let instances: Storage[];
  let servers: Listening[];
  let staticDir: Awaited<ReturnType<typeof tempDir>>;
  const token = deviceToken();

  beforeAll(async () => {
    storage = await postgres!.create();
    staticDir = await tempDir();
    // Two Kysely pools on one database, as two processes behind a load balancer.
    instances = await Promise.all([openStorage(storage.config), openStorage(storage.config)]);
    servers = await Promise.all(
      instances.map(({ db }) =>
        listen(createApp({ db, staticDir: staticDir.path, allowPlaintextSubmissions: true })),
      ),
    );
    await trustDevice(instances[0]!.db, token);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(instances.map(({ db }) => db.destroy()));
    await storage.cleanup();
    await staticDir.cleanup();
  });

  it('stores exactly one submission when both receive it at the same moment', async () => {
    const rounds = 25;
    for (let round = 0; round < rounds; round++) {
      const { key, request } = prepareSubmission(1000);
      const replies = await Promise.all(
        servers.map((server) => postSubmission(server.url, key, token, request)),
      );
      const statuses = replies.map((reply) => reply.status).sort();
      // One stores (201); the other replays (200) or finds it still in flight (409).
      expect([
        [200, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      const receipts = replies.filter((reply) => reply.status < 300).map((reply) => reply.body);
      for (const receipt of receipts) expect(receipt).toEqual(receipts[0]);
      const rows = await instances[0]!.db
        .selectFrom('submissions')
        .select('reference')
        .where('idempotency_key', '=', key)
        .execute();
      expect(rows).toEqual([{ reference: receipts[0]!.reference }]);
    }
    const total = await instances[1]!.db.selectFrom('submissions').select('id').execute();
    expect(total).toHaveLength(rounds);
  });

  it('appends a chunk sent to both servers at once only once', async () => {
    const prepared = prepareSubmission(2000);
    expect(
      (await postSubmission(servers[0]!.url, prepared.key, token, prepared.request)).status,
    ).toBe(201);
    const replies = await Promise.all(
      servers.map((server) => putChunk(server.url, prepared, token, 0, 1000)),
    );
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    for (const reply of replies) expect(reply.body.offset).toBe(1000);
  });
});
