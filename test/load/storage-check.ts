import Sqlite from 'better-sqlite3';
import pg from 'pg';

/** What the database holds after the run. */
export interface StoredCounts {
  /** Rows in `submissions`. */
  stored: number;
  /** Idempotency keys that occur in more than one submission row. */
  duplicateKeys: number;
  /** Submissions whose status is `received` (document complete). */
  received: number;
  /** Idempotency keys not in state `done` (a lock left behind). */
  openKeys: number;
}

const QUERIES = {
  stored: 'select count(*) as n from submissions',
  duplicateKeys:
    'select count(*) as n from (select idempotency_key from submissions ' +
    'group by idempotency_key having count(*) > 1) as d',
  received: "select count(*) as n from submissions where status = 'received'",
  openKeys: "select count(*) as n from idempotency_keys where state <> 'done'",
} as const satisfies Record<keyof StoredCounts, string>;

const names = Object.keys(QUERIES) as (keyof StoredCounts)[];

/** Counts in the server's SQLite file, opened read-only (after the server stopped). */
export function sqliteCounts(file: string): StoredCounts {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const counts: Partial<StoredCounts> = {};
    for (const name of names)
      counts[name] = Number((db.prepare(QUERIES[name]).get() as { n: number }).n);
    return counts as StoredCounts;
  } finally {
    db.close();
  }
}

/** Counts in a PostgreSQL schema. */
export async function postgresCounts(url: string, schema: string): Promise<StoredCounts> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const counts: Partial<StoredCounts> = {};
    for (const name of names) {
      const result = await client.query<{ n: string }>(QUERIES[name]);
      counts[name] = Number(result.rows[0]?.n);
    }
    return counts as StoredCounts;
  } finally {
    await client.end();
  }
}
