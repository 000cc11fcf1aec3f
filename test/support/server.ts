import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { createApp, type AppDeps } from '../../src/server/app.ts';
import type { CatalogueDocument } from '../../src/shared/catalogue.ts';
import {
  openStorage,
  type StorageConfig,
  type StorageKind,
} from '../../src/server/storage/open-storage.ts';
import type { Database } from '../../src/server/storage/schema.ts';
import { createTestSchema, dropTestSchema, probePostgres, TEST_DATABASE_URL } from './postgres.ts';

/** A fresh, empty database for one test, and how to throw it away. */
export interface TestStorage {
  /** Config to pass to openStorage (may be opened several times: a "restart"). */
  config: StorageConfig;
  /** Deletes the database; call after every connection is closed. */
  cleanup(): Promise<void>;
}

/** One database engine the storage tests run against. */
export interface TestDialect {
  /** 'sqlite' or 'postgres', for test names. */
  name: string;
  /** Creates an empty database. */
  create(): Promise<TestStorage>;
}

/** Makes a temporary folder that cleanup() removes. */
export async function tempDir(
  prefix = 'lotse-test-',
): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

const sqlite: TestDialect = {
  name: 'sqlite',
  async create() {
    const dir = await tempDir();
    return {
      config: { kind: 'sqlite', dataDir: dir.path, file: join(dir.path, 'lotse.sqlite') },
      cleanup: () => dir.cleanup(),
    };
  },
};

const postgres: TestDialect = {
  name: 'postgres',
  async create() {
    const schema = await createTestSchema();
    return {
      config: { kind: 'postgres', connectionString: TEST_DATABASE_URL, schema, maxConnections: 4 },
      cleanup: () => dropTestSchema(schema),
    };
  },
};

/**
 * The dialects to run storage tests on: SQLite always, PostgreSQL when reachable (under CI an
 * unreachable PostgreSQL fails instead), plus the reason PostgreSQL was skipped, if it was.
 */
export async function testDialects(): Promise<{ dialects: TestDialect[]; skipped: string | null }> {
  const probe = await probePostgres();
  return probe.available
    ? { dialects: [sqlite, postgres], skipped: null }
    : { dialects: [sqlite], skipped: probe.reason };
}

/** An app listening on a free port of 127.0.0.1. */
export interface Listening {
  /** Base URL without trailing slash. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves a Hono app over real HTTP on port 0. */
export function listen(app: Hono): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              (server as Server).closeAllConnections();
              server.close(() => done());
            }),
        }),
    );
  });
}

/** What {@link appPerTest} opens for each test. */
export interface OpenedApp {
  /** The test's own empty database. */
  storage: TestStorage;
  /** That database, opened and migrated. */
  db: Kysely<Database>;
  /** Its engine, for tests that read the stored rows themselves. */
  kind: StorageKind;
  /** The app listening on it. */
  server: Listening;
}

/**
 * A fresh database on `dialect` and an app listening on it (with `deps` over the defaults) per
 * test; closed and deleted after it. `use` gets them before the test and may seed the database
 * (a promise it returns is awaited).
 */
export function appPerTest(
  dialect: TestDialect,
  use: (opened: OpenedApp) => unknown,
  deps: Partial<Omit<AppDeps, 'db' | 'staticDir'>> = {},
): void {
  let opened: OpenedApp;
  let staticDir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    const storage = await dialect.create();
    const { db, kind } = await openStorage(storage.config);
    staticDir = await tempDir();
    const server = await listen(createApp({ ...deps, db, staticDir: staticDir.path }));
    opened = { storage, db, kind, server };
    await use(opened);
  });
  afterEach(async () => {
    await opened.server.close();
    await opened.db.destroy();
    await opened.storage.cleanup();
    await staticDir.cleanup();
  });
}

/** A response read byte for byte, without the automatic decompression fetch does. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * GET with node:http so compressed bodies arrive as sent. `path` goes on the wire unnormalised
 * (fetch and URL would resolve `..` before sending).
 */
export function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A small valid catalogue; `label` changes the content (and so the version). */
export function sampleCatalogue(label = 'Testdaten'): CatalogueDocument {
  return {
    format: 1,
    source: `${label} (Lotse test fixture)`,
    groups: [
      { id: 'tf-familie-und-kind', kind: 'themenfeld', parentId: null, name: 'Familie & Kind' },
      { id: 'll-geburt', kind: 'lebenslage', parentId: 'tf-familie-und-kind', name: 'Geburt' },
      { id: 'ozg-10188', kind: 'leistung', parentId: 'll-geburt', name: 'Kindergeld' },
    ],
    services: [
      {
        id: '99041008000000',
        leikaKey: '99041008000000',
        name: 'Kindergeld Auszahlung',
        type: '1',
        legalBasis: '§ 62 EStG',
        laws: 'Einkommensteuergesetz',
        lawsShort: 'EStG',
        leistungId: 'ozg-10188',
      },
      {
        id: '99041008001000',
        leikaKey: '99041008001000',
        name: 'Kinderzuschlag – Ärger, Übergänge, 子供',
        type: '2/3',
        legalBasis: null,
        laws: null,
        lawsShort: null,
        leistungId: 'ozg-10188',
      },
    ],
  };
}
