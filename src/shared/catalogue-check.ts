/**
 * Checks that an untrusted value (a downloaded or stored catalogue) is a well-formed
 * CatalogueDocument before anything relies on it. One pass, no copies: runs on low-end phones
 * over about 5,000 services.
 */
import { CATALOGUE_FORMAT } from './catalogue.ts';
import type { CatalogueDocument, CatalogueGroup, GroupKind } from './catalogue.ts';

/** Which rule a rejected document broke. */
export type CatalogueFormatReason = 'format' | 'shape' | 'reference' | 'duplicate';

/** The value is not a usable catalogue; `message` names the first bad item. */
export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError';

  constructor(
    /** Which rule was broken. */
    readonly reason: CatalogueFormatReason,
    message: string,
  ) {
    super(message);
  }
}

/** Kind of the parent each group kind must have (null: must be a root). */
const PARENT_KIND: Readonly<Record<GroupKind, GroupKind | null>> = {
  themenfeld: null,
  lebenslage: 'themenfeld',
  leistung: 'lebenslage',
};

type Item = Record<string, unknown>;

/** Returns the value typed as a CatalogueDocument, or throws CatalogueFormatError. */
export function parseCatalogueDocument(value: unknown): CatalogueDocument {
  if (!isItem(value)) fail('shape', `catalogue is ${typeof value}, not an object`);
  if (value.format !== CATALOGUE_FORMAT) {
    fail('format', `catalogue format ${String(value.format)} is not ${CATALOGUE_FORMAT}`);
  }
  if (typeof value.source !== 'string') fail('shape', 'catalogue source is not text');
  if (!Array.isArray(value.groups)) fail('shape', 'catalogue groups are not a list');
  if (!Array.isArray(value.services)) fail('shape', 'catalogue services are not a list');

  const kinds = checkGroups(value.groups as unknown[]);
  checkServices(value.services as unknown[], kinds);
  return value as unknown as CatalogueDocument;
}

/** Checks every group and returns id → kind; parents must come before their children. */
function checkGroups(groups: readonly unknown[]): Map<string, GroupKind> {
  const kinds = new Map<string, GroupKind>();
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const where = `groups[${i}]`;
    if (!isItem(group)) fail('shape', `${where} is not an object`);
    if (!isId(group.id)) fail('shape', `${where}.id is not a non-empty text`);
    if (typeof group.name !== 'string' || group.name === '') {
      fail('shape', `${where} (${group.id}) has no name`);
    }
    if (typeof group.kind !== 'string' || !Object.hasOwn(PARENT_KIND, group.kind)) {
      fail('shape', `${where} (${group.id}) has unknown kind ${String(group.kind)}`);
    }
    const kind = group.kind as CatalogueGroup['kind'];
    const parentKind = PARENT_KIND[kind];
    if (parentKind === null) {
      if (group.parentId !== null)
        fail('reference', `${where} (${group.id}) is a ${kind} but has a parent`);
    } else {
      if (!isId(group.parentId)) fail('shape', `${where} (${group.id}) has no parentId`);
      const actual = kinds.get(group.parentId);
      if (actual !== parentKind) {
        fail(
          'reference',
          `${where} (${group.id}): parent ${group.parentId} is ${actual === undefined ? 'not listed before it' : `a ${actual}`}, expected a ${parentKind}`,
        );
      }
    }
    if (kinds.has(group.id)) fail('duplicate', `${where}: group id ${group.id} appears twice`);
    kinds.set(group.id, kind);
  }
  return kinds;
}

/** Checks every service's fields, its group reference and id uniqueness. */
function checkServices(services: readonly unknown[], kinds: ReadonlyMap<string, GroupKind>): void {
  const seen = new Set<string>();
  for (let i = 0; i < services.length; i++) {
    const service = services[i];
    const where = `services[${i}]`;
    if (!isItem(service)) fail('shape', `${where} is not an object`);
    if (!isId(service.id)) fail('shape', `${where}.id is not a non-empty text`);
    const label = `${where} (${service.id})`;
    if (typeof service.name !== 'string' || service.name === '')
      fail('shape', `${label} has no name`);
    if (
      service.leikaKey !== null &&
      !(typeof service.leikaKey === 'string' && /^\d{14}$/.test(service.leikaKey))
    ) {
      fail('shape', `${label}.leikaKey is neither 14 digits nor null`);
    }
    for (const field of ['type', 'legalBasis', 'laws', 'lawsShort'] as const) {
      if (service[field] !== null && typeof service[field] !== 'string') {
        fail('shape', `${label}.${field} is neither text nor null`);
      }
    }
    if (!isId(service.leistungId)) fail('shape', `${label} has no leistungId`);
    if (kinds.get(service.leistungId) !== 'leistung') {
      fail(
        'reference',
        `${label}: leistungId ${service.leistungId} is not an OZG-Leistung of this catalogue`,
      );
    }
    if (seen.has(service.id)) fail('duplicate', `${where}: service id ${service.id} appears twice`);
    seen.add(service.id);
  }
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function fail(reason: CatalogueFormatReason, message: string): never {
  throw new CatalogueFormatError(reason, `Invalid catalogue: ${message}.`);
}
