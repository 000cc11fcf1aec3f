import { sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { StorageKind } from './open-storage.ts';

/** The one place where the two dialects need different SQL: the binary column type. */
function binaryType(kind: StorageKind) {
  return kind === 'postgres' ? sql`bytea` : sql`blob`;
}

/** Migrations in order; names sort lexically, so they carry a zero-padded number. */
function migrations(kind: StorageKind): Record<string, Migration> {
  return {
    '001-catalogue': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('catalogue_versions')
          .addColumn('version', 'text', (col) => col.primaryKey())
          .addColumn('document', binaryType(kind), (col) => col.notNull())
          .addColumn('gzip', binaryType(kind), (col) => col.notNull())
          .addColumn('brotli', binaryType(kind), (col) => col.notNull())
          .addColumn('size_bytes', 'integer', (col) => col.notNull())
          .addColumn('service_count', 'integer', (col) => col.notNull())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .execute();
        await db.schema
          .createTable('catalogue_current')
          .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
          .addColumn('version', 'text', (col) =>
            col.notNull().references('catalogue_versions.version'),
          )
          .addColumn('published_at', 'text', (col) => col.notNull())
          .execute();
      },
    },
    '002-submissions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('idempotency_keys')
          .addColumn('key', 'text', (col) => col.primaryKey())
          .addColumn('fingerprint', 'text', (col) => col.notNull())
          .addColumn('device_token_hash', 'text', (col) => col.notNull())
          .addColumn('state', 'text', (col) => col.notNull())
          .addColumn('receipt_json', 'text')
          .addColumn('locked_at', 'text', (col) => col.notNull())
          .execute();
        await db.schema
          .createTable('submissions')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('idempotency_key', 'text', (col) => col.notNull().unique())
          .addColumn('device_token_hash', 'text', (col) => col.notNull())
          .addColumn('form_id', 'text', (col) => col.notNull())
          .addColumn('form_version', 'text', (col) => col.notNull())
          .addColumn('service_id', 'text', (col) => col.notNull())
          .addColumn('answers_json', 'text', (col) => col.notNull())
          .addColumn('reference', 'text', (col) => col.notNull().unique())
          .addColumn('status', 'text', (col) => col.notNull())
          .addColumn('received_at', 'text', (col) => col.notNull())
          .execute();
        await db.schema
          .createTable('submission_attachments')
          .addColumn('submission_id', 'text', (col) => col.notNull().references('submissions.id'))
          .addColumn('attachment_id', 'text', (col) => col.notNull())
          .addColumn('type', 'text', (col) => col.notNull())
          .addColumn('size', 'integer', (col) => col.notNull())
          .addColumn('sha256', 'text', (col) => col.notNull())
          .addColumn('received_bytes', 'integer', (col) => col.notNull())
          .addColumn('complete', 'integer', (col) => col.notNull())
          .addPrimaryKeyConstraint('submission_attachments_pk', ['submission_id', 'attachment_id'])
          .execute();
        await db.schema
          .createTable('attachment_chunks')
          .addColumn('submission_id', 'text', (col) => col.notNull())
          .addColumn('attachment_id', 'text', (col) => col.notNull())
          .addColumn('start', 'integer', (col) => col.notNull())
          .addColumn('data', binaryType(kind), (col) => col.notNull())
          .addPrimaryKeyConstraint('attachment_chunks_pk', [
            'submission_id',
            'attachment_id',
            'start',
          ])
          .addForeignKeyConstraint(
            'attachment_chunks_attachment_fk',
            ['submission_id', 'attachment_id'],
            'submission_attachments',
            ['submission_id', 'attachment_id'],
          )
          .execute();
      },
    },
    '003-submission-status': {
      async up(db: Kysely<unknown>) {
        // One column per statement: SQLite's ALTER TABLE adds one column at a time.
        await db.schema.alterTable('submissions').addColumn('status_note', 'text').execute();
        await db.schema.alterTable('submissions').addColumn('status_changed_at', 'text').execute();
      },
    },
    '004-submission-document': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('submissions').addColumn('document_json', 'text').execute();
      },
    },
    '005-devices': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('devices')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('kind', 'text', (col) => col.notNull())
          .addColumn('label', 'text')
          .addColumn('token_hash', 'text', (col) => col.notNull().unique())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .addColumn('revoked_at', 'text')
          .addColumn('last_seen_at', 'text')
          .execute();
        await db.schema
          .createTable('enrollment_codes')
          .addColumn('code_hash', 'text', (col) => col.primaryKey())
          .addColumn('label', 'text')
          .addColumn('created_at', 'text', (col) => col.notNull())
          .addColumn('expires_at', 'text', (col) => col.notNull())
          .addColumn('used_at', 'text')
          .addColumn('device_id', 'text', (col) => col.references('devices.id'))
          .execute();
      },
    },
    '006-e2e-encryption': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('offices')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('name', 'text', (col) => col.notNull())
          .addColumn('services_json', 'text', (col) => col.notNull())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .execute();
        await db.schema
          .createTable('office_keys')
          .addColumn('kid', 'text', (col) => col.primaryKey())
          .addColumn('office_id', 'text', (col) => col.notNull().references('offices.id'))
          .addColumn('public_jwk', 'text', (col) => col.notNull())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .execute();
        await db.schema.alterTable('submissions').addColumn('content_jwe', 'text').execute();
        await db.schema.alterTable('submissions').addColumn('office_id', 'text').execute();
        await db.schema.alterTable('submissions').addColumn('office_kid', 'text').execute();
        // Encrypted submissions have no readable answers.
        if (kind === 'postgres') {
          await sql`alter table submissions alter column answers_json drop not null`.execute(db);
        } else {
          await dropSqliteNotNull(db, 'submissions', 'answers_json');
        }
      },
    },
  };
}

/**
 * SQLite cannot drop a NOT NULL constraint, so the table is rebuilt from its own stored DDL with
 * only that constraint removed (every column, constraint and index of earlier migrations stays),
 * following the SQLite manual's procedure: foreign keys off, copy, drop, rename, check.
 */
async function dropSqliteNotNull(db: Kysely<unknown>, table: string, column: string) {
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = ${table} and sql is not null`.execute(db);
  const ddl = rows.find((row) => row.type === 'table')?.sql ?? '';
  const pattern = new RegExp(`("${column}"\\s+text)\\s+not null`, 'i');
  if (!pattern.test(ddl)) throw new Error(`${table}.${column} has no NOT NULL to drop`);
  const rebuilt = ddl
    .replace(pattern, '$1')
    .replace(new RegExp(`^create table "?${table}"?`, 'i'), `create table "${table}_rebuilt"`);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql.raw(rebuilt).execute(db);
      await sql.raw(`insert into "${table}_rebuilt" select * from "${table}"`).execute(db);
      await sql.raw(`drop table "${table}"`).execute(db);
      await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(db);
      for (const row of rows.filter((item) => item.type !== 'table')) {
        await sql.raw(row.sql).execute(db);
      }
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error(`rebuilding ${table} broke foreign keys`);
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** In-code migration provider: the migrations ship inside the server, no files to find. */
export class LotseMigrationProvider implements MigrationProvider {
  constructor(private readonly kind: StorageKind) {}

  /** All migrations for this dialect, keyed by name. */
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations(this.kind));
  }
}
