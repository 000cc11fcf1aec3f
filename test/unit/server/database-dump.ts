/** Every row of every table as text, to search a whole server database for what must not be in it. */
import { sql, type Kysely } from 'kysely';
import type { StorageKind } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';

/**
 * Dumps all tables (binary columns as latin1, so ASCII in them stays searchable) into one text.
 * Table names come from the engine's catalogue, so tables added later are dumped too.
 */
export async function dumpDatabase(db: Kysely<Database>, kind: StorageKind): Promise<string> {
  const tables =
    kind === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema()`.execute(db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    parts.push(`## ${name}`);
    for (const row of rows.rows) {
      parts.push(
        JSON.stringify(row, (_, value: unknown) =>
          isBufferJson(value) ? Buffer.from(value.data).toString('latin1') : value,
        ),
      );
    }
  }
  return parts.join('\n');
}

function isBufferJson(value: unknown): value is { type: 'Buffer'; data: number[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((value as { data?: unknown }).data)
  );
}
