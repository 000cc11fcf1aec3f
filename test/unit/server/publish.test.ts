import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalogueInfo } from '../../../src/server/catalogue/current.ts';
import { publishBundledCatalogue } from '../../../src/server/catalogue/bundled.ts';
import { publishCatalogue } from '../../../src/server/catalogue/publish.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Storage } from '../../../src/server/storage/open-storage.ts';
import { CatalogueFormatError } from '../../../src/shared/catalogue-check.ts';
import { sampleCatalogue, tempDir, testDialects } from '../../support/server.ts';
import type { TestStorage } from '../../support/server.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`catalogue publishing on postgres: ${skipped}`, () => undefined);

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'catalogue publishing on %s',
  (_, dialect) => {
    let storage: TestStorage;
    let opened: Storage[];

    const open = async () => {
      const next = await openStorage(storage.config);
      opened.push(next);
      return next.db;
    };

    beforeEach(async () => {
      storage = await dialect.create();
      opened = [];
    });

    afterEach(async () => {
      await Promise.all(opened.map((s) => s.db.destroy()));
      await storage.cleanup();
    });

    it('returns the same version and changes nothing when the same content is published again', async () => {
      const db = await open();
      const first = await publishCatalogue(db, sampleCatalogue());
      const again = await publishCatalogue(db, structuredClone(sampleCatalogue()));
      expect(first.changed).toBe(true);
      expect(again).toEqual({ ...first, changed: false });
      expect(first.version).toMatch(/^[0-9a-f]{64}$/);
      const rows = await db.selectFrom('catalogue_versions').select('version').execute();
      expect(rows).toHaveLength(1);
    });

    it('refuses an invalid catalogue with the format error and keeps the current one', async () => {
      const db = await open();
      const good = await publishCatalogue(db, sampleCatalogue());
      await expect(publishCatalogue(db, { format: 1, services: 'none' })).rejects.toBeInstanceOf(
        CatalogueFormatError,
      );
      await expect(
        publishCatalogue(db, { ...sampleCatalogue(), format: 99 }),
      ).rejects.toBeInstanceOf(CatalogueFormatError);
      expect((await readCatalogueInfo(db))?.version).toBe(good.version);
    });

    it('makes an older version current again when it is republished', async () => {
      const db = await open();
      const first = await publishCatalogue(db, sampleCatalogue('Erste'));
      await publishCatalogue(db, sampleCatalogue('Zweite'));
      const back = await publishCatalogue(db, sampleCatalogue('Erste'));
      expect(back).toMatchObject({ version: first.version, changed: true });
      expect((await readCatalogueInfo(db))?.version).toBe(first.version);
    });

    it('publishes the bundled catalogue on first start but not over a newer one on restart', async () => {
      const dir = await tempDir();
      try {
        const bundledFile = join(dir.path, 'catalogue.json');
        await writeFile(bundledFile, JSON.stringify(sampleCatalogue('Mitgeliefert')));

        const firstStart = await open();
        const bundled = await publishBundledCatalogue(firstStart, bundledFile);
        expect(bundled.published).toBe(true);
        expect((await readCatalogueInfo(firstStart))?.version).toBe(bundled.version);
        const admin = await publishCatalogue(firstStart, sampleCatalogue('Vom Admin'));

        const restart = await open();
        const again = await publishBundledCatalogue(restart, bundledFile);
        expect(again).toEqual({ version: bundled.version, published: false });
        expect((await readCatalogueInfo(restart))?.version).toBe(admin.version);

        await writeFile(bundledFile, JSON.stringify(sampleCatalogue('Neues Release')));
        const release = await publishBundledCatalogue(restart, bundledFile);
        expect(release.published).toBe(true);
        expect((await readCatalogueInfo(restart))?.version).toBe(release.version);
      } finally {
        await dir.cleanup();
      }
    });

    it('runs the migrations only once when storage is opened again', async () => {
      const db = await open();
      await publishCatalogue(db, sampleCatalogue());
      const again = await open();
      expect(await readCatalogueInfo(again)).not.toBeNull();
    });
  },
);
