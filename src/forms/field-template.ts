import { html, nothing, type TemplateResult } from 'lit';
import type {
  AnswerValue,
  CodeList,
  DateParts,
  FieldElement,
  FileAnswer,
} from './model/form-definition.ts';
import type { ChoiceOption } from '../ui/fields/index.ts';
import '../ui/fields/index.ts';
import { t } from '../i18n/i18n.ts';

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
}

/** The DOM id of a field element for a path (error summary links target it). */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function options(field: FieldElement, codeLists: Record<string, CodeList>): ChoiceOption[] {
  const list = field.codeListId ? codeLists[field.codeListId] : undefined;
  return (list?.entries ?? []).map((entry) => ({ value: entry.code, label: entry.label }));
}

const text = (value: AnswerValue): string => (typeof value === 'string' ? value : '');

const isDate = (value: AnswerValue): value is DateParts =>
  typeof value === 'object' && value !== null && 'day' in value;

const isFile = (value: AnswerValue): value is FileAnswer =>
  typeof value === 'object' && value !== null && 'attachmentId' in value;

/** The ui/ element for a field of the form model, wired to its path. */
export function renderField(field: FieldElement, context: FieldContext): TemplateResult {
  const { path, value, error, required, codeLists } = context;
  const common = { id: fieldDomId(path), path };
  const choices = options(field, codeLists);
  const hint = [context.prefilled ? t('forms:prefilled') : '', field.hint ?? '']
    .filter(Boolean)
    .join(' ');
  // A code list that is only referenced (XDatenfelder 2.0) has no entries offline: ask for text.
  const type =
    ['select', 'radio', 'checkboxes'].includes(field.type) && choices.length === 0
      ? 'text'
      : field.type;
  switch (type) {
    case 'info':
      return html`<lotse-info-text
        .heading=${field.label}
        .text=${field.help ?? ''}
      ></lotse-info-text>`;
    case 'text':
    case 'textarea':
      return html`<lotse-text-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        ?multiline=${type === 'textarea'}
        .maxlength=${field.constraints?.maxLength ?? null}
        .inputmode=${inputModeOf(field)}
        .value=${text(value)}
      ></lotse-text-field>`;
    case 'integer':
    case 'number':
    case 'money':
      return html`<lotse-number-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        .inputmode=${type === 'integer' ? 'numeric' : 'decimal'}
        .unit=${type === 'money' ? '€' : ''}
        .value=${text(value)}
      ></lotse-number-field>`;
    case 'date':
      return html`<lotse-date-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        .value=${isDate(value) ? value : { day: '', month: '', year: '' }}
      ></lotse-date-field>`;
    case 'boolean':
      return html`<lotse-yes-no-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        .value=${typeof value === 'boolean' ? value : null}
      ></lotse-yes-no-field>`;
    case 'select':
      return html`<lotse-select-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        .options=${choices}
        .value=${text(value)}
      ></lotse-select-field>`;
    case 'radio':
    case 'checkboxes':
      return html`<lotse-choice-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        ?multiple=${type === 'checkboxes'}
        .options=${choices}
        .value=${type === 'checkboxes' ? (Array.isArray(value) ? value : []) : text(value)}
      ></lotse-choice-field>`;
    case 'file':
      return html`<lotse-file-field
        id=${common.id}
        data-path=${path}
        .label=${field.label}
        .hint=${hint}
        .help=${field.help ?? ''}
        .error=${error}
        ?required=${required}
        .accept=${(field.constraints?.accept ?? []).join(',')}
        ?camera=${photoOnly(field)}
        .value=${isFile(value) ? { name: value.name, type: value.type, size: value.size } : null}
      ></lotse-file-field>`;
  }
  return html`${nothing}`;
}

function inputModeOf(field: FieldElement) {
  switch (field.constraints?.validator) {
    case 'email':
      return 'email' as const;
    case 'phone':
      return 'tel' as const;
    case 'plz':
      return 'numeric' as const;
    default:
      return 'text' as const;
  }
}

/** Photo-only fields open the camera directly; fields that also take PDFs open the file picker. */
function photoOnly(field: FieldElement): boolean {
  const accept = field.constraints?.accept ?? [];
  return accept.length > 0 && accept.every((type) => type.startsWith('image/'));
}
