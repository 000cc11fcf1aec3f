/** Maps one XDatenfelder field to a Lotse field: type, constraints, code list, prefill. */
import type {
  CodeList,
  FieldConstraints,
  FieldElement,
  FieldType,
  Occurs,
} from '../model/form-definition.ts';
import { mapConstraints } from './field-constraints.ts';
import { chooseFieldType } from './field-type.ts';
import { findHarmonisedField } from './harmonised-fields.ts';
import type { HarmonisedField } from './harmonised-fields.ts';
import type { ImportNotes } from './notes.ts';
import type { XdfField } from './xdf-schema.ts';

/** What field mapping needs from the whole-schema mapping. */
export interface FieldMapContext {
  /** Report notes. */
  notes: ImportNotes;
  /** Registers the field's code list (or inline values) and returns it. */
  codeListFor(field: XdfField): CodeList | undefined;
  /** True the first time a profile key is claimed; the place is remembered for later notes. */
  claimPrefill(profileKey: string, place: string): boolean;
  /** Where a profile key was first used. */
  prefillPlace(profileKey: string): string | undefined;
}

/** The Lotse field for an XDatenfelder field at one place in the form. */
export function mapField(
  field: XdfField,
  id: string,
  occurs: Occurs,
  place: string,
  context: FieldMapContext,
): FieldElement {
  const { notes } = context;
  const codeList = codeListOf(field, context);
  const harmonised = findHarmonisedField(field.id);
  const { type, pattern, hint } = chooseFieldType(
    field,
    {
      knownEntries: codeList?.entries.length ?? 0,
      hasCodeList: codeList !== undefined,
      repeatable: occurs.max !== 1,
      singleLine: harmonised?.validator !== undefined,
    },
    notes,
  );
  const constraints: FieldConstraints = { ...mapConstraints(field, type, notes) };
  if (pattern && constraints.pattern === undefined) constraints.pattern = pattern;
  const fits = harmonised?.types.includes(type) === true;
  if (fits && harmonised?.validator) constraints.validator = harmonised.validator;
  const prefill = fits && harmonised ? prefillOf(field, harmonised, place, context) : undefined;
  if (harmonised && !fits) {
    notes.info(
      field.id,
      `${field.id} is the harmonised field "${harmonised.label}" but was imported as ${type}; not prefilled.`,
    );
  }
  reportUnusedContent(field, type, notes);
  const shownHint = hint ?? (type === 'info' ? field.content : undefined) ?? field.constraintsText;
  return {
    kind: 'field',
    id,
    ...(field.version ? { fimVersion: field.version } : {}),
    label: labelOf(field, notes),
    ...(field.help ? { help: field.help } : {}),
    occurs: type === 'checkboxes' ? checkboxOccurs(field, occurs, notes) : occurs,
    type,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(codeList ? { codeListId: codeList.id } : {}),
    ...(prefill ? { prefill } : {}),
    ...(shownHint ? { hint: shownHint } : {}),
  };
}

function codeListOf(field: XdfField, context: FieldMapContext): CodeList | undefined {
  if (field.feldart === 'select') return context.codeListFor(field);
  if (field.codeList || field.values.length > 0) {
    context.notes.info(
      field.id,
      `${field.id}: code list on a "${field.feldart}" field ignored; only select fields offer choices.`,
    );
  }
  return undefined;
}

/** Several choices go into one checkboxes answer, so the field itself occurs once. */
function checkboxOccurs(field: XdfField, occurs: Occurs, notes: ImportNotes): Occurs {
  notes.info(
    field.id,
    `${field.id}: select with anzahl ${occurs.min}:${occurs.max ?? '*'} asked as checkboxes (several choices in one answer); the maximum number of choices is not checked.`,
  );
  return { min: Math.min(occurs.min, 1), max: 1 };
}

function prefillOf(
  field: XdfField,
  harmonised: HarmonisedField,
  place: string,
  context: FieldMapContext,
): string | undefined {
  if (context.claimPrefill(harmonised.profileKey, place)) return harmonised.profileKey;
  const first = context.prefillPlace(harmonised.profileKey) ?? '?';
  context.notes.info(
    field.id,
    `${field.id} (${harmonised.label}) at ${place} is not prefilled: only its first occurrence (${first}) is, later ones usually describe another party.`,
  );
  return undefined;
}

function reportUnusedContent(field: XdfField, type: FieldType, notes: ImportNotes): void {
  if (field.content !== undefined && type !== 'info') {
    notes.info(
      field.id,
      `${field.id}: default value "${field.content}" not applied; Lotse never answers for the person.`,
    );
  }
  if (field.constraintsText !== undefined) {
    notes.info(
      field.id,
      `${field.id}: praezisierung "${field.constraintsText}" is not machine-readable; shown as a hint.`,
    );
  }
}

/** bezeichnungEingabe, else the name, else the id; every fallback is reported. */
export function labelOf(
  element: { id: string; label?: string; name?: string },
  notes: ImportNotes,
): string {
  if (element.label) return element.label;
  if (element.name) {
    notes.info(
      element.id,
      `${element.id}: no bezeichnungEingabe; the name "${element.name}" is used as label.`,
    );
    return element.name;
  }
  notes.warning(
    element.id,
    `${element.id}: neither bezeichnungEingabe nor name; the id is used as label.`,
  );
  return element.id;
}
