import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** PostgreSQL the tests use; CI and developers may point it elsewhere. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL tests can run here, and if not, why. */
export type PostgresProbe = { available: true } | { available: false; reason: string };

let probe: Promise<PostgresProbe> | undefined;

/**
 * Checks once per test file that PostgreSQL answers. Unreachable is a skip with a reason on a
 * developer machine, but an error under CI, where these tests must run.
 */
export function probePostgres(): Promise<PostgresProbe> {
  probe ??= (async () => {
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: 3000,
    });
    try {
      await client.connect();
      await client.query('select 1');
      return { available: true } as const;
    } catch (error) {
      const reason = `PostgreSQL at ${TEST_DATABASE_URL} unreachable (${error instanceof Error ? error.message : String(error)})`;
      if (process.env.CI) throw new Error(`${reason}; CI must run the PostgreSQL tests`);
      return { available: false, reason } as const;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return probe;
}

async function run(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty schema with a random name (`lotse_test_<hex>`) and returns the name. */
export async function createTestSchema(): Promise<string> {
  const schema = `lotse_test_${randomBytes(6).toString('hex')}`;
  await run(`create schema ${schema}`);
  return schema;
}

/** Drops a schema made by createTestSchema, with everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  if (!/^lotse_test_[0-9a-f]+$/.test(schema)) throw new Error(`refusing to drop ${schema}`);
  await run(`drop schema if exists ${schema} cascade`);
}
