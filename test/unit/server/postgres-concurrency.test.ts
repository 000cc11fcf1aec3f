import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import { publishCatalogue } from '../../../src/server/catalogue/publish.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Storage } from '../../../src/server/storage/open-storage.ts';
import { listen, sampleCatalogue, tempDir, testDialects } from '../../support/server.ts';
import type { Listening, TestStorage } from '../../support/server.ts';

const { dialects, skipped } = await testDialects();
const postgres = dialects.find((dialect) => dialect.name === 'postgres');

if (skipped !== null) it.skip(`two servers on one PostgreSQL: ${skipped}`, () => undefined);

describe.runIf(postgres !== undefined)('two server processes sharing one PostgreSQL', () => {
  let storage: TestStorage;
  let instances: Storage[];
  let servers: Listening[];
  let staticDir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    storage = await postgres!.create();
    staticDir = await tempDir();
    // Both open (and migrate) at the same moment, as two processes starting together would.
    instances = await Promise.all([openStorage(storage.config), openStorage(storage.config)]);
    servers = await Promise.all(
      instances.map(({ db }) => listen(createApp({ db, staticDir: staticDir.path }))),
    );
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(instances.map(({ db }) => db.destroy()));
    await storage.cleanup();
    await staticDir.cleanup();
  });

  it('ends with exactly one stored version and one current one when both publish the same document', async () => {
    const results = await Promise.all(
      instances.flatMap(({ db }) => [0, 1, 2].map(() => publishCatalogue(db, sampleCatalogue()))),
    );
    const versions = new Set(results.map((result) => result.version));
    expect(versions.size).toBe(1);
    expect(results.filter((result) => result.changed)).toHaveLength(1);

    const db = instances[0]!.db;
    expect(await db.selectFrom('catalogue_versions').select('version').execute()).toHaveLength(1);
    const current = await db.selectFrom('catalogue_current').selectAll().execute();
    expect(current.map((row) => row.version)).toEqual([...versions]);
  });

  it('serves a version published through one server from the other at once', async () => {
    const { version } = await publishCatalogue(instances[0]!.db, sampleCatalogue('Neu'));
    const responses = await Promise.all(
      servers.map((server) => fetch(`${server.url}/api/v1/catalogue/version`)),
    );
    for (const response of responses) {
      expect(await response.json()).toMatchObject({ version });
    }
  });
});
