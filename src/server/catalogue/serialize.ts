/**
 * Writes a CatalogueDocument as compact, stable JSON with one group or service per line, so a
 * re-import shows up in `git diff` as the services that changed, not as one giant line.
 */
import type {
  CatalogueDocument,
  CatalogueGroup,
  CatalogueService,
} from '../../shared/catalogue.ts';

/** Stable JSON text of the document (fixed key order, one entry per line, final newline). */
export function serializeCatalogue(document: CatalogueDocument): string {
  const groups = document.groups.map(groupJson);
  const services = document.services.map(serviceJson);
  return [
    `{"format":${JSON.stringify(document.format)},"source":${JSON.stringify(document.source)},"groups":[`,
    groups.join(',\n'),
    '],"services":[',
    services.join(',\n'),
    ']}',
    '',
  ].join('\n');
}

function groupJson(group: CatalogueGroup): string {
  const { id, kind, parentId, name } = group;
  return JSON.stringify({ id, kind, parentId, name });
}

function serviceJson(service: CatalogueService): string {
  const { id, leikaKey, name, type, legalBasis, laws, lawsShort, leistungId } = service;
  return JSON.stringify({ id, leikaKey, name, type, legalBasis, laws, lawsShort, leistungId });
}
