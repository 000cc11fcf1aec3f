/** Chooses the Lotse field type for an XDatenfelder field (feldart + datentyp). */
import type { FieldType } from '../model/form-definition.ts';
import type { ImportNotes } from './notes.ts';
import type { XdfField } from './xdf-schema.ts';

/** The chosen type plus what the mapping adds to the field. */
export interface TypeChoice {
  /** Lotse field type. */
  type: FieldType;
  /** Pattern a type without a Lotse equivalent (time, datetime) checks instead. */
  pattern?: string;
  /** Input hint for such types (German, shown to the citizen). */
  hint?: string;
}

/** Facts about the field's position and code list that the type depends on. */
export interface TypeContext {
  /** Entries of its code list that are known (inline values). */
  knownEntries: number;
  /** Whether it has inline values or a code list reference. */
  hasCodeList: boolean;
  /** Whether it may occur more than once. */
  repeatable: boolean;
  /** A value with a single-line format (e-mail, phone, PLZ) that must not become a textarea. */
  singleLine: boolean;
}

/** Longest text still asked in a single-line input. */
export const TEXTAREA_THRESHOLD = 200;
/** Radios rather than a dropdown up to this many known entries. */
export const RADIO_MAX_ENTRIES = 5;
const MULTILINE_WORDS =
  /begründung|beschreibung|bemerkung|anmerkung|erläuterung|sachverhalt|freitext/i;

/** Picks the type, reporting every choice that is not a 1:1 match. */
export function chooseFieldType(
  field: XdfField,
  context: TypeContext,
  notes: ImportNotes,
): TypeChoice {
  const { id, feldart } = field;
  switch (feldart) {
    case 'label':
      return { type: 'info' };
    case 'check':
      return { type: 'boolean' };
    case 'hidden':
      notes.warning(
        id,
        `${id}: feldart "hidden" has no input in Lotse; kept as information text, so its value is not sent.`,
      );
      return { type: 'info' };
    case 'locked':
      notes.info(
        id,
        `${id}: feldart "locked" (read-only) is shown as information text with its content.`,
      );
      return { type: 'info' };
    case 'select':
      if (context.hasCodeList) return selectType(context);
      notes.warning(
        id,
        `${id}: select field without code list or values; asked as ${fallbackName(field)} input instead.`,
      );
      return inputType(field, context, notes);
    case 'input':
      return inputType(field, context, notes);
    default:
      notes.warning(
        id,
        `${id}: unknown feldart "${feldart}"; asked as an input field by its datentyp.`,
      );
      return inputType(field, context, notes);
  }
}

function selectType(context: TypeContext): TypeChoice {
  if (context.repeatable) return { type: 'checkboxes' };
  const fewKnown = context.knownEntries > 0 && context.knownEntries <= RADIO_MAX_ENTRIES;
  return { type: fewKnown ? 'radio' : 'select' };
}

function fallbackName(field: XdfField): string {
  return field.datentyp || 'text';
}

function inputType(field: XdfField, context: TypeContext, notes: ImportNotes): TypeChoice {
  const { id, datentyp } = field;
  const textType = !context.singleLine && isMultiline(field) ? 'textarea' : 'text';
  switch (datentyp) {
    case 'text':
      return { type: textType };
    case 'text_latin':
      notes.info(
        id,
        `${id}: datentyp "text_latin" (DIN SPEC 91379 characters) is asked as text; the character set is not checked.`,
      );
      return { type: textType };
    case 'date':
      return { type: 'date' };
    case 'time':
      notes.info(
        id,
        `${id}: datentyp "time" is asked as text in the form hh:mm (checked by a pattern).`,
      );
      return {
        type: 'text',
        pattern: '([01]?[0-9]|2[0-3]):[0-5][0-9]',
        hint: 'Uhrzeit als hh:mm, zum Beispiel 14:30',
      };
    case 'datetime':
      notes.warning(
        id,
        `${id}: datentyp "datetime" is asked as text in the form TT.MM.JJJJ hh:mm (checked by a pattern).`,
      );
      return {
        type: 'text',
        pattern: '[0-3]?[0-9]\\.[01]?[0-9]\\.[0-9]{4},? ([01]?[0-9]|2[0-3]):[0-5][0-9]',
        hint: 'Datum und Uhrzeit, zum Beispiel 24.12.2024 14:30',
      };
    case 'bool':
      return { type: 'boolean' };
    case 'num':
      return { type: 'number' };
    case 'num_int':
      return { type: 'integer' };
    case 'num_currency':
      return { type: 'money' };
    case 'file':
      return { type: 'file' };
    case 'obj':
      notes.info(id, `${id}: datentyp "obj" (binary object) is asked as a file upload.`);
      return { type: 'file' };
    case '':
      notes.warning(id, `${id}: no datentyp given; asked as text.`);
      return { type: 'text' };
    default:
      notes.warning(
        id,
        `${id}: unknown datentyp "${datentyp}"; asked as text, the closest safe input.`,
      );
      return { type: 'text' };
  }
}

function isMultiline(field: XdfField): boolean {
  const maxLength = Number(field.constraints['maxLength']);
  if (Number.isFinite(maxLength) && maxLength > TEXTAREA_THRESHOLD) return true;
  return MULTILINE_WORDS.test(`${field.name ?? ''} ${field.label ?? ''}`);
}
