import type { LotseDb, CatalogueMeta } from '../../db/database.ts';
import type {
  CatalogueDocument,
  CatalogueGroup,
  CatalogueService,
} from '../../shared/catalogue.ts';

/** What a browse screen needs about one group: itself, its ancestors and its children. */
export interface GroupView {
  /** The group itself. */
  group: CatalogueGroup;
  /** Ancestors from the Themenfeld down to the parent. */
  path: CatalogueGroup[];
  /** Child groups, sorted by name (empty for an OZG-Leistung). */
  children: CatalogueGroup[];
  /** Services of an OZG-Leistung, sorted by name (empty for higher levels). */
  services: CatalogueService[];
}

/** What a service page needs. */
export interface ServiceView {
  /** The service. */
  service: CatalogueService;
  /** Themenfeld, Lebenslage and OZG-Leistung of the service. */
  path: CatalogueGroup[];
  /** Other services of the same OZG-Leistung. */
  related: CatalogueService[];
}

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, 'de');

/** The stored catalogue's version row, or undefined when the device has none yet. */
export async function readCatalogueMeta(db: LotseDb): Promise<CatalogueMeta | undefined> {
  const meta = await db.catalogueMeta.get('current');
  return meta && (await isComplete(db, meta)) ? meta : undefined;
}

/** A stored catalogue counts only if its rows match the counts written with it. */
async function isComplete(db: LotseDb, meta: CatalogueMeta): Promise<boolean> {
  const [services, groups] = await Promise.all([
    db.catalogueServices.count(),
    db.catalogueGroups.count(),
  ]);
  return services === meta.serviceCount && groups === meta.groupCount;
}

/**
 * Replaces the stored catalogue in one IndexedDB transaction: either every row of the new
 * version is stored together with its meta row, or (on any failure, crash or closed tab) the
 * transaction aborts and the previous catalogue stays exactly as it was.
 */
export async function replaceCatalogue(
  db: LotseDb,
  document: CatalogueDocument,
  version: string,
): Promise<CatalogueMeta> {
  const meta: CatalogueMeta = {
    key: 'current',
    version,
    storedAt: Date.now(),
    serviceCount: document.services.length,
    groupCount: document.groups.length,
    source: document.source,
  };
  const tables = [db.catalogueMeta, db.catalogueGroups, db.catalogueServices, db.searchIndex];
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.catalogueGroups.clear(),
      db.catalogueServices.clear(),
      db.searchIndex.clear(),
    ]);
    await db.catalogueGroups.bulkAdd(document.groups);
    await db.catalogueServices.bulkAdd(document.services);
    await db.catalogueMeta.put(meta);
  });
  return meta;
}

/** The whole stored catalogue (for building the search index). */
export async function readCatalogue(db: LotseDb): Promise<CatalogueDocument | undefined> {
  return db.transaction(
    'r',
    [db.catalogueMeta, db.catalogueGroups, db.catalogueServices],
    async () => {
      const meta = await readCatalogueMeta(db);
      if (!meta) return undefined;
      const [groups, services] = await Promise.all([
        db.catalogueGroups.toArray(),
        db.catalogueServices.toArray(),
      ]);
      return { format: 1, source: meta.source, groups, services } satisfies CatalogueDocument;
    },
  );
}

/** Themenfelder for the first browse screen, sorted by name with "other" last. */
export async function listThemenfelder(db: LotseDb): Promise<CatalogueGroup[]> {
  const all = await db.catalogueGroups.filter((group) => group.parentId === null).toArray();
  return all.sort(
    (a, b) => Number(a.id === 'tf-other') - Number(b.id === 'tf-other') || byName(a, b),
  );
}

/** Ancestors of a group, from the Themenfeld down (not including the group itself). */
async function ancestorsOf(db: LotseDb, group: CatalogueGroup): Promise<CatalogueGroup[]> {
  const path: CatalogueGroup[] = [];
  let parentId = group.parentId;
  while (parentId) {
    const parent = await db.catalogueGroups.get(parentId);
    if (!parent) break;
    path.unshift(parent);
    parentId = parent.parentId;
  }
  return path;
}

/** One group with its path and children, or undefined for an unknown id. */
export async function readGroupView(db: LotseDb, id: string): Promise<GroupView | undefined> {
  const group = await db.catalogueGroups.get(id);
  if (!group) return undefined;
  const [path, children, services] = await Promise.all([
    ancestorsOf(db, group),
    db.catalogueGroups.where('parentId').equals(id).toArray(),
    group.kind === 'leistung'
      ? db.catalogueServices.where('leistungId').equals(id).toArray()
      : Promise.resolve([]),
  ]);
  return { group, path, children: children.sort(byName), services: services.sort(byName) };
}

/** One service with its path and related services, or undefined for an unknown id. */
export async function readServiceView(db: LotseDb, id: string): Promise<ServiceView | undefined> {
  const service = await db.catalogueServices.get(id);
  if (!service) return undefined;
  const leistung = await db.catalogueGroups.get(service.leistungId);
  const path = leistung ? [...(await ancestorsOf(db, leistung)), leistung] : [];
  const siblings = await db.catalogueServices
    .where('leistungId')
    .equals(service.leistungId)
    .toArray();
  const related = siblings.filter((other) => other.id !== id).sort(byName);
  return { service, path, related };
}
