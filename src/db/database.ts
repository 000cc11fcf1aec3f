import { Dexie, type EntityTable } from 'dexie';
import type { CatalogueGroup, CatalogueService } from '../shared/catalogue.ts';

/** Which catalogue the device holds, written in the same transaction as the catalogue rows. */
export interface CatalogueMeta {
  /** Always 'current': one row. */
  key: 'current';
  /** Content hash of the stored catalogue, as published by the server. */
  version: string;
  /** When it was stored on this device (epoch ms). */
  storedAt: number;
  /** Number of services, for a quick completeness check. */
  serviceCount: number;
  /** Number of groups, for a quick completeness check. */
  groupCount: number;
  /** Where the catalogue came from (shown on the about page). */
  source: string;
}

/** A serialized search index, cached per catalogue version so later starts skip the build. */
export interface SearchIndexRow {
  /** Catalogue version the index was built from. */
  version: string;
  /** The index as produced by ServiceSearch.serialize(). */
  data: string;
}

/** The one Dexie database of Lotse. Schema versions are listed in order and never edited. */
export class LotseDb extends Dexie {
  /** Which catalogue version is stored. */
  catalogueMeta!: EntityTable<CatalogueMeta, 'key'>;
  /** Themenfelder, Lebenslagen and OZG-Leistungen. */
  catalogueGroups!: EntityTable<CatalogueGroup, 'id'>;
  /** All services of the stored catalogue. */
  catalogueServices!: EntityTable<CatalogueService, 'id'>;
  /** Cached search index for the stored catalogue. */
  searchIndex!: EntityTable<SearchIndexRow, 'version'>;

  constructor(name = 'lotse') {
    super(name);
    this.version(1).stores({
      catalogueMeta: 'key',
      catalogueGroups: 'id, parentId',
      catalogueServices: 'id, leistungId',
      searchIndex: 'version',
    });
  }
}

let shared: LotseDb | undefined;

/** The database of this origin, opened on first use. */
export function openDb(): LotseDb {
  shared ??= new LotseDb();
  return shared;
}
