import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseMigrationProvider } from '../../../src/server/storage/migrations.ts';
import type { StorageConfig } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { testDialects, type TestStorage } from '../../support/server.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`encryption migration on postgres: ${skipped}`, () => undefined);

function connect(config: StorageConfig): Kysely<Database> {
  if (config.kind === 'sqlite') {
    const database = new Sqlite(config.file);
    database.pragma('foreign_keys = ON');
    return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  }
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: 2,
    options: `-c search_path=${config.schema}`,
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const submission = {
  id: 's1',
  idempotency_key: 'k1',
  device_token_hash: 'h',
  form_id: 'f',
  form_version: '1',
  service_id: 'x',
  answers_json: '{"F1":"Ada"}',
  reference: 'LT-0000-0000-0',
  status: 'awaiting-attachments',
  received_at: '2025-01-01T00:00:00.000Z',
  status_note: null,
  status_changed_at: null,
  document_json: null,
};

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'migration 006-e2e-encryption on %s',
  (name, dialect) => {
    let storage: TestStorage;
    let db: Kysely<Database>;

    beforeEach(async () => {
      storage = await dialect.create();
      db = connect(storage.config);
    });

    afterEach(async () => {
      await db.destroy();
      await storage.cleanup();
    });

    it('keeps stored submissions and their documents, and lets new ones go without answers', async () => {
      const migrator = new Migrator({
        db,
        provider: new LotseMigrationProvider(storage.config.kind),
      });
      const before = await migrator.migrateTo('005-devices');
      expect(before.error).toBeUndefined();
      await db.insertInto('submissions').values(submission).execute();
      await db
        .insertInto('submission_attachments')
        .values({
          submission_id: 's1',
          attachment_id: 'a1',
          type: 'image/jpeg',
          size: 3,
          sha256: 'b'.repeat(64),
          received_bytes: 0,
          complete: 0,
        })
        .execute();

      const after = await migrator.migrateToLatest();
      expect(after.error).toBeUndefined();

      expect(await db.selectFrom('submissions').selectAll().execute()).toEqual([
        { ...submission, content_jwe: null, office_id: null, office_kid: null },
      ]);
      await db
        .insertInto('submissions')
        .values({
          ...submission,
          id: 's2',
          idempotency_key: 'k2',
          reference: 'LT-1111-1111-1',
          answers_json: null,
          content_jwe: 'a.b.c.d.e',
          office_id: 'o',
          office_kid: 'kid',
        })
        .execute();
      // The rebuilt table keeps its constraints: unique references, documents need a submission.
      await expect(
        db
          .insertInto('submissions')
          .values({ ...submission, id: 's3', idempotency_key: 'k3' })
          .execute(),
      ).rejects.toThrow();
      await expect(
        db
          .insertInto('submission_attachments')
          .values({
            submission_id: 'nope',
            attachment_id: 'a',
            type: 't',
            size: 1,
            sha256: 'c'.repeat(64),
            received_bytes: 0,
            complete: 0,
          })
          .execute(),
      ).rejects.toThrow();
      expect(
        await db.selectFrom('submission_attachments').select('attachment_id').execute(),
      ).toEqual([{ attachment_id: 'a1' }]);
      if (name === 'sqlite') {
        const check = await sql`pragma foreign_key_check`.execute(db);
        expect(check.rows).toEqual([]);
      }
    });
  },
);
