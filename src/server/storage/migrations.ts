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
  };
}

/** In-code migration provider: the migrations ship inside the server, no files to find. */
export class LotseMigrationProvider implements MigrationProvider {
  constructor(private readonly kind: StorageKind) {}

  /** All migrations for this dialect, keyed by name. */
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations(this.kind));
  }
}
