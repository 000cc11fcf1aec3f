import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type {
  AnswerValue,
  CodeList,
  DateParts,
  FieldElement,
  FieldType,
  FileAnswer,
} from './model/form-definition.ts';
import type { ChoiceOption, SecondaryTexts } from '../ui/fields/index.ts';
import '../ui/fields/index.ts';
import { t } from '../i18n/i18n.ts';
import { properties } from './properties-directive.ts';

/** What a field needs to render: its path, value, error and the form's code lists. */
export interface FieldContext {
  /** Answer path of the field ('G1[0].F2'). */
  path: string;
  /** Current answer. */
  value: AnswerValue;
  /** Translated error message, or ''. */
  error: string;
  /** Whether an answer is required now. */
  required: boolean;
  /** The form's code lists. */
  codeLists: Record<string, CodeList>;
  /** Filled from the saved profile: the citizen is asked to check it. */
  prefilled: boolean;
  /** "de" when the field's words are untranslated (shown with an "in German" marker), else ''. */
  textLang: string;
  /** The field's words in the citizen's language (dual-language view), or null. */
  secondary: SecondaryTexts | null;
}

/** The DOM id of a field element for a path (error summary links target it). */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function options(
  field: FieldElement,
  codeLists: Record<string, CodeList>,
  secondary: SecondaryTexts | null,
): ChoiceOption[] {
  const list = field.codeListId ? codeLists[field.codeListId] : undefined;
  return (list?.entries ?? []).map((entry) => {
    const other = secondary?.options?.[entry.code];
    return { value: entry.code, label: entry.label, ...(other ? { secondary: other } : {}) };
  });
}

const text = (value: AnswerValue): string => (typeof value === 'string' ? value : '');

const isDate = (value: AnswerValue): value is DateParts =>
  typeof value === 'object' && value !== null && 'day' in value;

const isFile = (value: AnswerValue): value is FileAnswer =>
  typeof value === 'object' && value !== null && 'attachmentId' in value;

/** Which ui/ element asks each field type. */
const TAGS: Record<Exclude<FieldType, 'info'>, StaticValue> = {
  text: literal`lotse-text-field`,
  textarea: literal`lotse-text-field`,
  integer: literal`lotse-number-field`,
  number: literal`lotse-number-field`,
  money: literal`lotse-number-field`,
  date: literal`lotse-date-field`,
  boolean: literal`lotse-yes-no-field`,
  select: literal`lotse-select-field`,
  radio: literal`lotse-choice-field`,
  checkboxes: literal`lotse-choice-field`,
  file: literal`lotse-file-field`,
};

/** The properties specific to a field type (beyond label, hint, help, error, required). */
function specificProperties(
  type: Exclude<FieldType, 'info'>,
  field: FieldElement,
  value: AnswerValue,
  choices: ChoiceOption[],
): Record<string, unknown> {
  switch (type) {
    case 'text':
    case 'textarea':
      return {
        multiline: type === 'textarea',
        maxlength: field.constraints?.maxLength ?? null,
        inputmode: inputModeOf(field),
        value: text(value),
      };
    case 'integer':
    case 'number':
    case 'money':
      return {
        inputmode: type === 'integer' ? 'numeric' : 'decimal',
        unit: type === 'money' ? '€' : '',
        value: text(value),
      };
    case 'date':
      return { value: isDate(value) ? value : { day: '', month: '', year: '' } };
    case 'boolean':
      return { value: typeof value === 'boolean' ? value : null };
    case 'select':
      return { options: choices, value: text(value) };
    case 'radio':
      return { options: choices, multiple: false, value: text(value) };
    case 'checkboxes':
      return { options: choices, multiple: true, value: Array.isArray(value) ? value : [] };
    case 'file': {
      const accept = field.constraints?.accept ?? [];
      return {
        accept: accept.join(','),
        // Photo-only fields open the camera; fields that also take PDFs open the file picker.
        camera: accept.length > 0 && accept.every((media) => media.startsWith('image/')),
        value: isFile(value) ? { name: value.name, type: value.type, size: value.size } : null,
      };
    }
  }
}

/** The ui/ element for a field of the form model, wired to its path. */
export function renderField(field: FieldElement, context: FieldContext): TemplateResult {
  const { path, value, error, required, codeLists } = context;
  if (field.type === 'info') {
    return staticHtml`<lotse-info-text
      lang=${context.textLang || nothing}
      ${properties({ heading: field.label, text: field.help ?? '' })}
    ></lotse-info-text>`;
  }
  const choices = options(field, codeLists, context.secondary);
  // A code list that is only referenced (XDatenfelder 2.0) has no entries offline: ask for text.
  const type =
    ['select', 'radio', 'checkboxes'].includes(field.type) && choices.length === 0
      ? 'text'
      : field.type;
  const hint = [context.prefilled ? t('forms:prefilled') : '', field.hint ?? '']
    .filter(Boolean)
    .join(' ');
  const tag = TAGS[type];
  return staticHtml`<${tag}
    id=${fieldDomId(path)}
    data-path=${path}
    ?required=${required}
    ${properties({
      label: field.label,
      hint,
      help: field.help ?? '',
      error,
      textLang: context.textLang,
      secondary: context.secondary,
      ...specificProperties(type, field, value, choices),
    })}
  ></${tag}>`;
}

function inputModeOf(field: FieldElement) {
  switch (field.constraints?.validator) {
    case 'email':
      return 'email';
    case 'phone':
      return 'tel';
    case 'plz':
      return 'numeric';
    default:
      return 'text';
  }
}
