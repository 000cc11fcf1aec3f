import type {
  CatalogueDocument,
  CatalogueGroup,
  CatalogueService,
} from '../../shared/catalogue.ts';

// Key lists checked against the shared types: a field added to the wire format fails the type
// check here until it is listed, instead of being silently dropped from published catalogues.
const DOCUMENT_KEYS = ['format', 'source', 'groups', 'services'] as const;
const GROUP_KEYS = ['id', 'kind', 'parentId', 'name'] as const;
const SERVICE_KEYS = [
  'id',
  'leikaKey',
  'name',
  'type',
  'legalBasis',
  'laws',
  'lawsShort',
  'leistungId',
] as const;

type Exhaustive<T, K extends readonly (keyof T)[]> = keyof T extends K[number] ? K : never;
const documentKeys: Exhaustive<CatalogueDocument, typeof DOCUMENT_KEYS> = DOCUMENT_KEYS;
const groupKeys: Exhaustive<CatalogueGroup, typeof GROUP_KEYS> = GROUP_KEYS;
const serviceKeys: Exhaustive<CatalogueService, typeof SERVICE_KEYS> = SERVICE_KEYS;

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const copy: Partial<T> = {};
  for (const key of keys) copy[key] = value[key];
  return copy as T;
}

/**
 * The document with exactly the wire-format fields in a fixed order, so key order or stray extra
 * fields in the input do not change the published bytes (and so the version).
 */
export function canonicalDocument(document: CatalogueDocument): CatalogueDocument {
  const top = pick(document, documentKeys);
  return {
    ...top,
    groups: document.groups.map((group) => pick(group, groupKeys)),
    services: document.services.map((service) => pick(service, serviceKeys)),
  };
}
