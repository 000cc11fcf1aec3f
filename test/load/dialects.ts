import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema, dropTestSchema, TEST_DATABASE_URL } from '../support/postgres.ts';
import { postgresCounts, sqliteCounts, type StoredCounts } from './storage-check.ts';

/** One database the server runs on during the load test. */
export interface LoadDatabase {
  /** Storage variables for the server process. */
  env: Record<string, string>;
  /** Counts rows; call after the server stopped. */
  counts(): Promise<StoredCounts>;
  /** Throws the database away. */
  cleanup(): Promise<void>;
}

/** A fresh SQLite data folder, as `DATA_DIR`. */
export async function sqliteDatabase(): Promise<LoadDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lotse-load-'));
  return {
    env: { DATA_DIR: dataDir },
    counts: () => Promise.resolve(sqliteCounts(join(dataDir, 'lotse.sqlite'))),
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** A throwaway schema in the test PostgreSQL, selected through the URL's `options`. */
export async function postgresDatabase(): Promise<LoadDatabase> {
  const schema = await createTestSchema();
  const separator = TEST_DATABASE_URL.includes('?') ? '&' : '?';
  return {
    env: { DATABASE_URL: `${TEST_DATABASE_URL}${separator}options=-c%20search_path%3D${schema}` },
    counts: () => postgresCounts(TEST_DATABASE_URL, schema),
    cleanup: () => dropTestSchema(schema),
  };
}
