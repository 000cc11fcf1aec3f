/** Collects the code lists of an import: inline values and references to published lists. */
import type { CodeList } from '../model/form-definition.ts';
import type { ImportNotes } from './notes.ts';
import type { XdfField } from './xdf-schema.ts';

/** Code lists by id, with the fields that use them. */
export class CodeListRegistry {
  /** The lists, as they go into the form. */
  readonly lists: Record<string, CodeList> = {};
  private readonly users = new Map<string, Set<string>>();

  constructor(private readonly notes: ImportNotes) {}

  /** The list a select field offers (registered on first use), or undefined if it has none. */
  listFor(field: XdfField): CodeList | undefined {
    const list = field.values.length > 0 ? this.inline(field) : this.referenced(field);
    if (!list) return undefined;
    this.lists[list.id] ??= list;
    this.users.set(list.id, (this.users.get(list.id) ?? new Set()).add(field.id));
    return this.lists[list.id];
  }

  /** Reports every list that is only referenced: its values must be provided before publishing. */
  reportMissingValues(): void {
    for (const list of Object.values(this.lists)) {
      if (list.entries.length > 0) continue;
      const users = [...(this.users.get(list.id) ?? [])].join(', ');
      const version = list.version ? `, version ${list.version}` : '';
      this.notes.warning(
        list.id,
        `Code list ${list.id} (${list.canonicalUri ?? 'no URI'}${version}) is only referenced, its values are not in the file: provide its entries before publishing (used by ${users}).`,
      );
    }
  }

  private inline(field: XdfField): CodeList {
    if (field.codeList) {
      this.notes.info(
        field.id,
        `${field.id}: inline values used; the code list reference ${field.codeList.canonicalUri} is kept out.`,
      );
    }
    if (field.values.some((value) => value.help)) {
      this.notes.info(
        field.id,
        `${field.id}: help texts of single values are not kept; add them to the field's help if they matter.`,
      );
    }
    return {
      id: `werte:${field.id}`,
      entries: field.values.map(({ code, label }) => ({ code, label })),
    };
  }

  private referenced(field: XdfField): CodeList | undefined {
    if (!field.codeList) return undefined;
    const { id, canonicalUri, version, canonicalVersionUri } = field.codeList;
    return {
      id: id ?? canonicalVersionUri ?? (version ? `${canonicalUri}_${version}` : canonicalUri),
      canonicalUri,
      ...(version ? { version } : {}),
      entries: [],
    };
  }
}
