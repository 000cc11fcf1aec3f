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
    expect(current.verno).toBeGreaterThanOrEqual(2);
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

  it('keeps drafts and their documents when a version-2 database is opened by version 3', async () => {
    const name = `migrate-${Math.random()}`;
    // The schema exactly as version 2 shipped it.
    const v2 = new Dexie(name);
    v2.version(1).stores({
      catalogueMeta: 'key',
      catalogueGroups: 'id, parentId',
      catalogueServices: 'id, leistungId',
      searchIndex: 'version',
    });
    v2.version(2).stores({
      formsMeta: 'key',
      forms: 'id, *leikaKeys',
      drafts: 'id, formId, updatedAt',
      attachments: 'id, draftId',
      profile: 'key',
    });
    const draft = {
      id: 'd1',
      formId: 'f',
      formVersion: '1',
      serviceId: 's',
      page: '#check',
      answers: { F1: 'Ada' },
      status: 'ready',
      createdAt: 1,
      updatedAt: 2,
    };
    await v2.table('drafts').add(draft);
    await v2.table('attachments').add({
      id: 'a1',
      draftId: 'd1',
      blob: new Blob(['%PDF']),
      name: 'a.pdf',
      type: 'application/pdf',
      size: 4,
      sha256: 'b'.repeat(64),
    });
    v2.close();

    const current = new LotseDb(name);
    expect(await current.drafts.get('d1')).toEqual(draft);
    expect(await current.attachments.where('draftId').equals('d1').count()).toBe(1);
    expect(current.verno).toBeGreaterThanOrEqual(3);
    expect(await current.outbox.count()).toBe(0);
    expect(await current.deviceMeta.count()).toBe(0);
    await current.delete();
  });

  it('keeps queued plaintext outbox items when a version-3 database is opened by version 4', async () => {
    const name = `migrate-${Math.random()}`;
    // The schema exactly as version 3 shipped it.
    const v3 = new Dexie(name);
    v3.version(1).stores({
      catalogueMeta: 'key',
      catalogueGroups: 'id, parentId',
      catalogueServices: 'id, leistungId',
      searchIndex: 'version',
    });
    v3.version(2).stores({
      formsMeta: 'key',
      forms: 'id, *leikaKeys',
      drafts: 'id, formId, updatedAt',
      attachments: 'id, draftId',
      profile: 'key',
    });
    v3.version(3).stores({ outbox: 'id, state, createdAt', deviceMeta: 'key' });
    const queued = {
      id: 'd1',
      state: 'queued',
      request: {
        formId: 'f',
        formVersion: '1',
        serviceId: 's',
        answers: { F1: 'Ada' },
        attachments: [],
      },
      attempts: 0,
      nextAttemptAt: 1,
      uploaded: {},
      createdAt: 1,
      updatedAt: 1,
    };
    await v3.table('outbox').add(queued);
    v3.close();

    const current = new LotseDb(name);
    expect(await current.outbox.get('d1')).toEqual(queued);
    expect(current.verno).toBeGreaterThanOrEqual(4);
    expect(await current.outboxFiles.count()).toBe(0);
    expect(await current.destinations.count()).toBe(0);
    await current.outboxFiles.add({ outboxId: 'd1', attachmentId: 'a1', blob: new Blob(['x']) });
    expect(await current.outboxFiles.where('outboxId').equals('d1').count()).toBe(1);
    await current.delete();
  });
});
