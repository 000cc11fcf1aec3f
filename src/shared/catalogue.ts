/**
 * The published service catalogue: the wire format shared by the importer, the server, the
 * worker that stores it on the device, and the screens. Plain data, safe in every world.
 */

/** Format number of the catalogue document; bumped when the shape changes incompatibly. */
export const CATALOGUE_FORMAT = 1;

/** The three levels above a service, from the OZG catalogue. */
export type GroupKind = 'themenfeld' | 'lebenslage' | 'leistung';

/** One node of the browse tree: a Themenfeld, a Lebenslage or an OZG-Leistung. */
export interface CatalogueGroup {
  /** Stable id: `tf-<slug>`, `ll-<slug>` or `ozg-<OZG id>`; the "other" branch uses `*-other`. */
  id: string;
  /** Which level of the tree this node is. */
  kind: GroupKind;
  /** Id of the parent node; null for a Themenfeld. */
  parentId: string | null;
  /** Display name in German, as published. */
  name: string;
}

/** One administrative service (a LeiKa Leistung). */
export interface CatalogueService {
  /** Stable id: the 14-digit LeiKa key, or `x-<hash>` for services that have none. */
  id: string;
  /** The 14-digit LeiKa key, or null when the service is not in LeiKa. */
  leikaKey: string | null;
  /** Display name in German (leika_bezeichnung). */
  name: string;
  /** LeiKa type ("1", "2/3", "4", ...), or null when unknown. */
  type: string | null;
  /** Legal basis text as published, or null. */
  legalBasis: string | null;
  /** Names of the laws, or null. */
  laws: string | null;
  /** Short law names (abbreviations), or null. */
  lawsShort: string | null;
  /** Id of the OZG-Leistung group this service belongs to. */
  leistungId: string;
}

/** The whole catalogue as published by the server and stored on the device. */
export interface CatalogueDocument {
  /** Always CATALOGUE_FORMAT for documents this code can read. */
  format: typeof CATALOGUE_FORMAT;
  /** Where the data came from, for the about page. */
  source: string;
  /** All groups, parents before children. */
  groups: CatalogueGroup[];
  /** All services, sorted by name. */
  services: CatalogueService[];
}

/** URN of a service as used by FIM/XZuFi. */
export function serviceUrn(leikaKey: string): string {
  return `urn:de:fim:leika:leistung:${leikaKey}`;
}
