import { mkdirSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { LotseMigrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

/** Which database engine backs the server. */
export type StorageKind = 'sqlite' | 'postgres';

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server shared by processes. */
export type StorageConfig =
  | { kind: 'sqlite'; dataDir: string; file: string }
  | {
      kind: 'postgres';
      connectionString: string;
      /** Schema to work in (sets search_path); tests use a fresh one each. */
      schema?: string;
      /** Pool size; PostgreSQL handles many, the default suits one small process. */
      maxConnections?: number;
    };

/** The opened database: Kysely for queries, plus which dialect it speaks. */
export interface Storage {
  /** Query builder over the migrated schema. */
  db: Kysely<Database>;
  /** Dialect, for the rare query that must differ. */
  kind: StorageKind;
}

/** The database could not be opened or migrated. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** Opens the configured database and brings its schema up to date. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const db = config.kind === 'sqlite' ? openSqlite(config) : openPostgres(config);
  try {
    await migrate(db, config.kind);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind: config.kind };
}

function openSqlite(config: { dataDir: string; file: string }): Kysely<Database> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = new Sqlite(config.file);
  // WAL lets readers continue while a publish writes; busy_timeout makes a second process wait
  // for the write lock instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(config: {
  connectionString: string;
  schema?: string;
  maxConnections?: number;
}): Kysely<Database> {
  if (config.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(config.schema)) {
    throw new StorageError(`invalid PostgreSQL schema name "${config.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: config.maxConnections ?? 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function migrate(db: Kysely<Database>, kind: StorageKind): Promise<void> {
  // Kysely looks for its migration tables in every schema unless told which one: another schema
  // of the same database holding them (another app, a parallel test) would make it skip creating
  // ours. Naming the current schema keeps the same tables as before, found reliably.
  const migrationTableSchema =
    kind === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new LotseMigrationProvider(kind),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new StorageError(`database migration ${failed ?? ''} failed: ${reason}`, {
      cause: error,
    });
  }
}
