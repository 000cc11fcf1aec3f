import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LotseServer } from '../../support/lotse-server.ts';
import {
  createTestSchema,
  dropTestSchema,
  probePostgres,
  TEST_DATABASE_URL,
} from '../../support/postgres.ts';
import {
  call,
  deviceToken,
  postSubmission,
  prepareSubmission,
  uploadFrom,
} from '../server/submissions-fixtures.ts';
import { startRealServer } from './real-server-fixture.ts';

const probe = await probePostgres();
if (!probe.available) it.skip(`two server processes on one PostgreSQL: ${probe.reason}`, () => {});

describe.runIf(probe.available)('two server processes on one PostgreSQL', () => {
  let schema: string;
  let servers: LotseServer[] = [];
  let client: pg.Client;
  const token = deviceToken();

  beforeAll(async () => {
    schema = await createTestSchema();
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString() };
    // One after the other: the first runs the migrations, the second finds them done.
    servers.push(await startRealServer(env));
    servers.push(await startRealServer(env));
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    if (schema) await dropTestSchema(schema);
  });

  it('stores one row with one reference when both processes get the same POST at once', async () => {
    for (let round = 0; round < 20; round++) {
      const { key, request } = prepareSubmission(1000);
      const replies = await Promise.all(
        servers.map((server) => postSubmission(server.url, key, token, request)),
      );
      const statuses = replies.map((reply) => reply.status).sort();
      // One stores (201); the other replays it (200) or finds it still in flight (409).
      expect([
        [200, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      const receipts = replies.filter((reply) => reply.status < 300).map((reply) => reply.body);
      for (const receipt of receipts) expect(receipt).toEqual(receipts[0]);
      const rows = await client.query<{ reference: string }>(
        'select reference from submissions where idempotency_key = $1',
        [key],
      );
      expect(rows.rows).toEqual([{ reference: receipts[0]!.reference }]);
    }
    const total = await client.query<{ n: string }>('select count(*) as n from submissions');
    expect(Number(total.rows[0]!.n)).toBe(20);
  }, 30_000);

  it('shows a document uploaded through one process as received by the other', async () => {
    const prepared = prepareSubmission(300_000);
    const [first, second] = servers as [LotseServer, LotseServer];
    expect((await postSubmission(first.url, prepared.key, token, prepared.request)).status).toBe(
      201,
    );
    expect((await uploadFrom(second.url, prepared, token)).status).toBe(200);
    const receipt = await call(`${first.url}/api/v1/submissions/${prepared.key}`, {
      headers: { 'X-Device-Token': token },
    });
    expect(receipt.body).toMatchObject({ status: 'received', missingAttachments: [] });
  });
});
