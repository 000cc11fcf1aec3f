/** Maps a version-neutral XDatenfelder schema to a Lotse form definition and its report. */
import { FORM_FORMAT } from '../model/form-definition.ts';
import type { CodeList, FormElement, GroupElement, Occurs } from '../model/form-definition.ts';
import { CodeListRegistry } from './code-lists.ts';
import { isLeikaKey } from './leika.ts';
import { labelOf, mapField } from './map-field.ts';
import type { FieldMapContext } from './map-field.ts';
import { ImportNotes } from './notes.ts';
import { RuleCollector } from './rules.ts';
import type { XdfImportResult } from './report.ts';
import type { XdfChild, XdfField, XdfGroup, XdfSchema } from './xdf-schema.ts';

/** Options of the mapping. */
export interface MapOptions {
  /** File name recorded as the form's source. */
  fileName?: string;
  /** LeiKa keys to link, in addition to those the schema states. */
  leikaKeys?: string[];
}

/** The form and report for a schema. */
export function mapSchema(schema: XdfSchema, options: MapOptions = {}): XdfImportResult {
  const mapper = new SchemaMapper(schema);
  for (const note of schema.readerNotes)
    mapper.notes.add(note.severity, note.elementId, note.message);
  mapper.rules.attach(schema.ruleIds, undefined);
  const elements = mapper.children(schema.children, []);
  if (elements.length === 0)
    mapper.notes.add('error', schema.id, `${schema.id} contains no fields or groups.`);
  const rules = mapper.rules.formRules();
  mapper.codeLists.reportMissingValues();
  const leikaKeys = mapper.leikaKeys(options.leikaKeys ?? []);
  return {
    form: {
      format: FORM_FORMAT,
      id: schema.id,
      version: schema.version ?? '1',
      title: schema.label ?? schema.name ?? schema.id,
      ...(schema.help ? { description: schema.help } : {}),
      leikaKeys,
      source: {
        standard: schema.standard,
        ...(options.fileName ? { file: options.fileName } : {}),
        fimId: schema.id,
        ...(schema.version ? { fimVersion: schema.version } : {}),
      },
      codeLists: mapper.codeLists.lists,
      elements,
      rules,
    },
    report: {
      standard: schema.standard,
      counts: {
        fields: mapper.fieldIds.size,
        groups: mapper.groupIds.size,
        rules: rules.length,
        codeLists: Object.keys(mapper.codeLists.lists).length,
      },
      notes: mapper.notes.list,
    },
  };
}

class SchemaMapper implements FieldMapContext {
  readonly notes = new ImportNotes();
  readonly codeLists = new CodeListRegistry(this.notes);
  readonly rules: RuleCollector;
  readonly fieldIds = new Set<string>();
  readonly groupIds = new Set<string>();
  private readonly prefillPlaces = new Map<string, string>();

  constructor(private readonly schema: XdfSchema) {
    this.rules = new RuleCollector(schema.rules, this.notes);
  }

  codeListFor(field: XdfField): CodeList | undefined {
    return this.codeLists.listFor(field);
  }

  children(children: XdfChild[], path: string[]): FormElement[] {
    const used = new Set<string>();
    return children.map(({ anzahl, element }) => {
      const id = this.uniqueId(element.id, used, path);
      const occurs = this.occurs(anzahl, element.id);
      if (element.kind === 'group') return this.group(element, id, occurs, [...path, id]);
      this.fieldIds.add(element.id);
      this.rules.attach(element.ruleIds, id);
      return mapField(element, id, occurs, [...path, id].join(' › '), this);
    });
  }

  private group(group: XdfGroup, id: string, occurs: Occurs, path: string[]): GroupElement {
    this.groupIds.add(group.id);
    this.rules.attach(group.ruleIds, id);
    if (group.art !== undefined && group.art !== 'X') {
      this.notes.info(group.id, `${group.id}: group art "${group.art}" imported as a plain group.`);
    }
    if (group.art === 'X') {
      this.notes.warning(
        group.id,
        `${group.id} is a choice group (art X: fill exactly one part); Lotse shows all parts, so add a rule for the choice.`,
      );
    }
    return {
      kind: 'group',
      id,
      ...(group.version ? { fimVersion: group.version } : {}),
      label: labelOf(group, this.notes),
      ...(group.help ? { help: group.help } : {}),
      occurs,
      children: this.children(group.children, path),
    };
  }

  private uniqueId(id: string, used: Set<string>, path: string[]): string {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}_${n}`;
    used.add(unique);
    if (unique !== id) {
      this.notes.warning(
        id,
        `${id} occurs twice in ${path.join(' › ') || this.schema.id}; the second one gets the id ${unique} so answers stay apart.`,
      );
    }
    return unique;
  }

  private occurs(anzahl: string, elementId: string): Occurs {
    const match = /^\s*(\d+)\s*:\s*(\d+|\*)\s*$/.exec(anzahl);
    const min = Number(match?.[1]);
    const max = match?.[2] === '*' ? null : Number(match?.[2]);
    if (match && (max === null || (max >= 1 && max >= min))) return { min, max };
    this.notes.warning(
      elementId,
      `${elementId}: anzahl "${anzahl}" is not "min:max"; imported as optional (0:1).`,
    );
    return { min: 0, max: 1 };
  }

  leikaKeys(given: string[]): string[] {
    for (const key of given.filter((value) => !isLeikaKey(value))) {
      this.notes.add('error', undefined, `"${key}" is not a LeiKa key (14 digits).`);
    }
    if (this.schema.leikaKeys.length > 0) {
      this.notes.info(
        this.schema.id,
        `LeiKa keys stated in the schema: ${this.schema.leikaKeys.join(', ')}.`,
      );
    }
    const keys = [...new Set([...this.schema.leikaKeys, ...given.filter(isLeikaKey)])];
    if (keys.length === 0) {
      this.notes.warning(
        this.schema.id,
        'No LeiKa key: the form is linked to no service. Pass --leika <keys>.',
      );
    }
    return keys;
  }

  claimPrefill(profileKey: string, place: string): boolean {
    if (this.prefillPlaces.has(profileKey)) return false;
    this.prefillPlaces.set(profileKey, place);
    return true;
  }

  prefillPlace(profileKey: string): string | undefined {
    return this.prefillPlaces.get(profileKey);
  }
}
