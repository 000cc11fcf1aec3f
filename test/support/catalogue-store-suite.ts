import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../src/db/database.ts';
import {
  readCatalogue,
  readCatalogueMeta,
  readGroupView,
  readServiceView,
  replaceCatalogue,
  listThemenfelder,
} from '../../src/catalogue/store/catalogue-store.ts';
import { smallCatalogue } from './small-catalogue.ts';

/** The catalogue store's behaviour, run on fake-indexeddb in Node and on real IndexedDB in Chromium. */
export function catalogueStoreSuite(): void {
  let db: LotseDb;
  beforeEach(() => {
    db = new LotseDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  describe('catalogue store', () => {
    it('has no catalogue before the first download', async () => {
      expect(await readCatalogueMeta(db)).toBeUndefined();
    });

    it('stores a catalogue and reads the browse tree back', async () => {
      await replaceCatalogue(db, smallCatalogue(), 'a'.repeat(64));
      expect((await listThemenfelder(db)).map((group) => group.name)).toEqual([
        'Bauen & Wohnen',
        'Weitere Themen',
      ]);
      const leistung = await readGroupView(db, 'ozg-10124');
      expect(leistung?.path.map((group) => group.id)).toEqual([
        'tf-bauen-wohnen',
        'll-wohnen-umzug',
      ]);
      expect(leistung?.services.map((service) => service.name)).toEqual([
        'Wohnsitz Abmeldung',
        'Wohnsitz Anmeldung',
      ]);
      const service = await readServiceView(db, '99115005104000');
      expect(service?.related.map((other) => other.name)).toEqual(['Wohnsitz Abmeldung']);
      expect(await readGroupView(db, 'nope')).toBeUndefined();
    });

    it('keeps the previous catalogue whole when writing a new one fails midway', async () => {
      await replaceCatalogue(db, smallCatalogue(), 'a'.repeat(64));
      const broken = smallCatalogue();
      // A duplicate key makes bulkAdd fail after part of the rows were written.
      broken.services.push({ ...broken.services[0]!, name: 'Doppelt' });
      await expect(replaceCatalogue(db, broken, 'b'.repeat(64))).rejects.toThrow();
      expect((await readCatalogueMeta(db))?.version).toBe('a'.repeat(64));
      const kept = await readCatalogue(db);
      const expected = smallCatalogue();
      expect(kept?.services).toHaveLength(expected.services.length);
      expect(kept?.services).toEqual(expect.arrayContaining(expected.services));
      expect(kept?.groups).toEqual(expect.arrayContaining(expected.groups));
    });

    it('ignores a meta row whose rows are incomplete', async () => {
      await replaceCatalogue(db, smallCatalogue(), 'a'.repeat(64));
      await db.catalogueServices.delete('99115005104000');
      expect(await readCatalogueMeta(db)).toBeUndefined();
    });
  });
}
