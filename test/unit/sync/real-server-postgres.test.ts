import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LotseServer } from '../../support/lotse-server.ts';
import {
  createTestSchema,
  dropTestSchema,
  probePostgres,
  TEST_DATABASE_URL,
} from '../../support/postgres.ts';
import type { Destination } from '../../../src/shared/destination.ts';
import { demoKeyFile, runOfficeCli } from '../../support/office-cli.ts';
import { prepareEncrypted } from '../server/encrypted-fixtures.ts';
import {
  auth,
  call,
  postSubmission,
  registerDevice,
  uploadFrom,
} from '../server/submissions-fixtures.ts';
import { startRealServer } from './real-server-fixture.ts';

const probe = await probePostgres();
if (!probe.available) it.skip(`two server processes on one PostgreSQL: ${probe.reason}`, () => {});

describe.runIf(probe.available)('two server processes on one PostgreSQL', () => {
  let schema: string;
  let servers: LotseServer[] = [];
  let client: pg.Client;
  let token: string;
  let office: Destination;
  let databaseUrl: string;

  beforeAll(async () => {
    schema = await createTestSchema();
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString() };
    // One after the other: the first runs the migrations, the second finds them done.
    servers.push(await startRealServer(env));
    servers.push(await startRealServer(env));
    // Registered through one process, known to both: they share the database.
    token = await registerDevice(servers[0]!.url);
    // The first start created the demo office; both publish it.
    const forms = await fetch(`${servers[1]!.url}/api/v1/forms`);
    office = ((await forms.json()) as { destinations: Destination[] }).destinations[0]!;
    databaseUrl = env.DATABASE_URL;
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
      const { key, request } = await prepareEncrypted(office, undefined, 1000);
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
    const prepared = await prepareEncrypted(office, undefined, 300_000);
    const [first, second] = servers as [LotseServer, LotseServer];
    expect((await postSubmission(first.url, prepared.key, token, prepared.request)).status).toBe(
      201,
    );
    expect((await uploadFrom(second.url, prepared, token)).status).toBe(200);
    const receipt = await call(`${first.url}/api/v1/submissions/${prepared.key}`, {
      headers: auth(token),
    });
    expect(receipt.body).toMatchObject({ status: 'received', missingAttachments: [] });
  });

  it('keeps no marker in any table and opens with the office key (office:decrypt)', async () => {
    const marker = `MARKER${crypto.randomUUID().replaceAll('-', '')}`;
    const prepared = await prepareEncrypted(office, marker);
    const [first, second] = servers as [LotseServer, LotseServer];
    expect((await postSubmission(first.url, prepared.key, token, prepared.request)).status).toBe(
      201,
    );
    expect((await uploadFrom(second.url, prepared, token)).status).toBe(200);
    const tables = await client.query<{ name: string }>(
      'select table_name as name from information_schema.tables where table_schema = $1',
      [schema],
    );
    for (const { name } of tables.rows) {
      const rows = await client.query(`select * from ${schema}."${name}"`);
      const text = rows.rows
        .flatMap((row: Record<string, unknown>) => Object.values(row))
        .map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value)))
        .join('\n');
      expect(text, name).not.toContain(marker);
    }
    const reference = (
      await client.query<{ reference: string }>(
        'select reference from submissions where idempotency_key = $1',
        [prepared.key],
      )
    ).rows[0]!.reference;
    const run = await runOfficeCli(
      'decrypt-cli.ts',
      ['--key', await demoKeyFile(first.dataDir), '--reference', reference],
      { DATABASE_URL: databaseUrl },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(marker);
    expect(run.stdout).toContain('✓ keine Fehler');
    expect(run.stdout).toContain('Prüfsummen stimmen (verschlüsselt und entschlüsselt)');
  }, 60_000);
});
