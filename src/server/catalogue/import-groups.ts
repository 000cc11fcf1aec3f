/**
 * Builds the Themenfeld → Lebenslage → OZG-Leistung tree from the placements of the services.
 * The source repeats the tree on every record, so it can contradict itself; the first record
 * that names a group wins and every contradiction is reported.
 */
import type { CatalogueGroup, GroupKind } from '../../shared/catalogue.ts';
import type { ImportProblem } from './import-report.ts';
import type { Placement } from './import-record.ts';
import { slugify } from './slug.ts';

/** The catch-all branch for services without a usable OZG placement. */
export const OTHER_BRANCH: readonly CatalogueGroup[] = [
  { id: 'tf-other', kind: 'themenfeld', parentId: null, name: 'Weitere Themen' },
  { id: 'll-other', kind: 'lebenslage', parentId: 'tf-other', name: 'Weitere Lebenslagen' },
  { id: 'ozg-other', kind: 'leistung', parentId: 'll-other', name: 'Weitere Leistungen' },
];

/** Id of the OZG-Leistung that collects services without a usable placement. */
export const OTHER_LEISTUNG_ID = 'ozg-other';

const LEVEL_ORDER: readonly GroupKind[] = ['themenfeld', 'lebenslage', 'leistung'];
const LABEL: Readonly<Record<GroupKind, string>> = {
  themenfeld: 'Themenfeld',
  lebenslage: 'Lebenslage',
  leistung: 'OZG-Leistung',
};

/** German collation for display order ("Ärzte" sorts with "A"). */
const collator = new Intl.Collator('de');

/** A group plus the record that first named it, for messages. */
interface Entry {
  group: CatalogueGroup;
  firstIndex: number;
}

/** Collects the groups of the catalogue while services are placed into it. */
export class GroupTree {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly problems: ImportProblem[]) {}

  /** Registers the placement of record `index` and returns the id of its OZG-Leistung group. */
  place(index: number, placement: Placement | null): string {
    if (placement === null) {
      for (const group of OTHER_BRANCH) this.add(index, { ...group }, null);
      return OTHER_LEISTUNG_ID;
    }
    const leistungId = `ozg-${placement.ozgId}`;
    const known = this.entries.get(leistungId);
    if (known !== undefined) {
      this.checkLeistung(index, known, placement);
      return leistungId;
    }
    const lebenslageId = groupId('ll', placement.lebenslage);
    const lebenslage = this.entries.get(lebenslageId);
    if (lebenslage === undefined) {
      const themenfeldId = groupId('tf', placement.themenfeld);
      this.add(index, group(themenfeldId, 'themenfeld', null, placement.themenfeld), 'themenfeld');
      this.add(
        index,
        group(lebenslageId, 'lebenslage', themenfeldId, placement.lebenslage),
        'lebenslage',
      );
    } else {
      this.checkName(index, lebenslage, placement.lebenslage, 'lebenslage');
      this.checkParent(
        index,
        lebenslage,
        groupId('tf', placement.themenfeld),
        placement.themenfeld,
        'themenfeld',
      );
    }
    this.add(
      index,
      group(leistungId, 'leistung', lebenslageId, placement.leistung),
      'ozg_leistung',
    );
    return leistungId;
  }

  /** All groups, level by level (parents first), each level sorted by name; "other" goes last. */
  groups(): CatalogueGroup[] {
    const all = [...this.entries.values()].map((entry) => entry.group);
    const rank = (candidate: CatalogueGroup) => (candidate.id.endsWith('-other') ? 1 : 0);
    return LEVEL_ORDER.flatMap((kind) =>
      all
        .filter((candidate) => candidate.kind === kind)
        .sort(
          (a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
        ),
    );
  }

  /** Adds a group unless its id exists; a different name under the same id is reported. */
  private add(index: number, candidate: CatalogueGroup, field: string | null): void {
    const existing = this.entries.get(candidate.id);
    if (existing === undefined) {
      this.entries.set(candidate.id, { group: candidate, firstIndex: index });
    } else if (field !== null) {
      this.checkName(index, existing, candidate.name, field);
    }
  }

  private checkLeistung(index: number, known: Entry, placement: Placement): void {
    this.checkName(index, known, placement.leistung, 'ozg_leistung');
    const lebenslageId = groupId('ll', placement.lebenslage);
    this.checkParent(index, known, lebenslageId, placement.lebenslage, 'lebenslage');
  }

  private checkName(index: number, known: Entry, name: string, field: string): void {
    if (known.group.name === name) return;
    const { group: first, firstIndex } = known;
    this.warn(
      index,
      field,
      `${LABEL[first.kind]} "${name}" has the id ${first.id} of "${first.name}" (#${firstIndex}); kept "${first.name}"`,
    );
  }

  private checkParent(
    index: number,
    known: Entry,
    parentId: string,
    parentName: string,
    field: string,
  ): void {
    if (known.group.parentId === parentId) return;
    const parent =
      known.group.parentId === null ? undefined : this.entries.get(known.group.parentId);
    this.warn(
      index,
      field,
      `${LABEL[known.group.kind]} "${known.group.name}" is placed under "${parentName}" here but under "${parent?.group.name ?? known.group.parentId}" at #${known.firstIndex}; kept the first`,
    );
  }

  private warn(index: number, field: string, reason: string): void {
    this.problems.push({ index, severity: 'warning', reason, field });
  }
}

/** `tf-`/`ll-` id of a named group; a name that slugs to "other" must not take the catch-all's id. */
function groupId(prefix: 'tf' | 'll', name: string): string {
  const slug = slugify(name);
  return `${prefix}-${slug === 'other' ? 'other-named' : slug}`;
}

function group(id: string, kind: GroupKind, parentId: string | null, name: string): CatalogueGroup {
  return { id, kind, parentId, name };
}
