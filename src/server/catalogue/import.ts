/**
 * Turns the OZG catalogue export (a JSON array of LeiKa services, see
 * /work/shared/data/README.md) into the CatalogueDocument that Lotse publishes. Pure: no file
 * access, so the CLI, the server's first start and the tests all run exactly the same code.
 */
import { CATALOGUE_FORMAT } from '../../shared/catalogue.ts';
import type { CatalogueService } from '../../shared/catalogue.ts';
import { GroupTree } from './import-groups.ts';
import { describeValue, readRecord } from './import-record.ts';
import type { CleanRecord } from './import-record.ts';
import { CatalogueImportError } from './import-report.ts';
import type { ImportProblem, ImportResult } from './import-report.ts';
import { shortHash } from './slug.ts';

export { CatalogueImportError } from './import-report.ts';
export type { ImportCounts, ImportProblem, ImportResult } from './import-report.ts';

const collator = new Intl.Collator('de');

/** Imports the parsed source file; `source` is recorded in the document for the about page. */
export function importCatalogue(input: unknown, source: string): ImportResult {
  if (!Array.isArray(input)) {
    throw new CatalogueImportError(
      `The catalogue file must contain a JSON array of services, but it contains ${describeValue(input)}.`,
    );
  }
  const records: readonly unknown[] = input;
  const problems: ImportProblem[] = [];
  const tree = new GroupTree(problems);
  const ids = new ServiceIds(problems);
  const services: CatalogueService[] = [];
  let skipped = 0;

  records.forEach((value, index) => {
    const record = readRecord(value, index, problems);
    const id = record === null ? null : ids.claim(index, record);
    if (record === null || id === null) {
      skipped++;
      return;
    }
    services.push({
      id,
      leikaKey: record.leikaKey,
      name: record.name,
      type: record.type,
      legalBasis: record.legalBasis,
      laws: record.laws,
      lawsShort: record.lawsShort,
      leistungId: tree.place(index, record.placement),
    });
  });

  services.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const groups = tree.groups();
  const count = (kind: string) => groups.filter((group) => group.kind === kind).length;
  return {
    document: { format: CATALOGUE_FORMAT, source: source.trim(), groups, services },
    // Sorting by index keeps each record's findings together in source order.
    problems: problems.sort((a, b) => a.index - b.index),
    counts: {
      records: records.length,
      services: services.length,
      skipped,
      themenfelder: count('themenfeld'),
      lebenslagen: count('lebenslage'),
      leistungen: count('leistung'),
    },
  };
}

/** Hands out unique service ids: the LeiKa key, or `x-<hash>` of name and OZG id. */
class ServiceIds {
  /** Id → index of the record that got it. */
  private readonly taken = new Map<string, number>();
  /** `x-` id → the text it was hashed from, to tell real duplicates from hash collisions. */
  private readonly bases = new Map<string, string>();

  constructor(private readonly problems: ImportProblem[]) {}

  /** The record's id, or null (reported) when its LeiKa key was used by an earlier record. */
  claim(index: number, record: CleanRecord): string | null {
    if (record.leikaKey !== null) {
      const first = this.taken.get(record.leikaKey);
      if (first !== undefined) {
        this.problems.push({
          index,
          severity: 'error',
          field: 'leika_schluessel',
          reason: `LeiKa key ${record.leikaKey} was already used by #${first}; skipped`,
        });
        return null;
      }
      this.taken.set(record.leikaKey, index);
      return record.leikaKey;
    }
    // The hash covers name and OZG id so the id survives reordering of the source file; equal
    // pairs (real duplicates in the catalogue) get a counter so both stay reachable.
    const base = `${record.name}\u0000${record.placement?.ozgId ?? ''}`;
    let id = `x-${shortHash(base)}`;
    const twin = this.taken.get(id);
    if (twin !== undefined && this.bases.get(id) === base) {
      this.problems.push({
        index,
        severity: 'warning',
        field: 'leika_bezeichnung',
        reason: `same name and OZG-Leistung as #${twin}; kept both as separate services`,
      });
    }
    for (let copy = 2; this.taken.has(id); copy++) id = `x-${shortHash(`${base}\u0000${copy}`)}`;
    this.taken.set(id, index);
    this.bases.set(id, base);
    return id;
  }
}
