import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { readCatalogue, replaceCatalogue } from '../../../src/catalogue/store/catalogue-store.ts';
import { smallCatalogue } from '../../support/small-catalogue.ts';

describe('database migrations', () => {
  it('keeps the stored catalogue when a version-1 database is opened by version 2', async () => {
    const name = `migrate-${Math.random()}`;
    // The schema exactly as version 1 shipped it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      catalogueMeta: 'key',
      catalogueGroups: 'id, parentId',
      catalogueServices: 'id, leistungId',
      searchIndex: 'version',
    });
    await replaceCatalogue(v1 as unknown as LotseDb, smallCatalogue(), 'a'.repeat(64));
    v1.close();

    const current = new LotseDb(name);
    const catalogue = await readCatalogue(current);
    expect(catalogue?.services).toHaveLength(smallCatalogue().services.length);
    expect(current.verno).toBe(2);
    await current.drafts.add({
      id: 'd1',
      formId: 'f',
      formVersion: '1',
      serviceId: 's',
      page: '',
      answers: {},
      status: 'editing',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await current.drafts.count()).toBe(1);
    await current.delete();
  });
});
