/**
 * The application as the office reads it: every visible question with its German label and the
 * answer in German words (codes as their German labels, yes/no, dates), free text as typed. Built
 * on the device from the German definition, whatever language the citizen filled it in, and sent
 * with the answers. Pure: used in the worker, which has no i18next.
 */
import type {
  AnswerValue,
  Answers,
  CodeList,
  FieldElement,
  FormDefinition,
} from './model/form-definition.ts';
import type { OfficeDocument } from '../shared/office-document.ts';
import { buildPrintSections } from './print-model.ts';

/** An answer in German words ('' when not answered). */
export function germanAnswer(
  field: FieldElement,
  value: AnswerValue,
  codeLists: Record<string, CodeList>,
): string {
  if (value === null || value === '') return '';
  const labelOf = (code: string): string =>
    (field.codeListId ? codeLists[field.codeListId] : undefined)?.entries.find(
      (entry) => entry.code === code,
    )?.label ?? code;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (Array.isArray(value)) {
    return new Intl.ListFormat('de', { type: 'conjunction' }).format(value.map(labelOf));
  }
  if (typeof value === 'object') {
    if ('attachmentId' in value) return value.name;
    const { day, month, year } = value;
    if (!day && !month && !year) return '';
    return `${day.padStart(2, '0')}.${month.padStart(2, '0')}.${year}`;
  }
  if (field.type === 'select' || field.type === 'radio') return labelOf(value);
  if (field.type === 'money') return `${value} €`;
  return value;
}

/** The office's German document for answers to a (German) definition. */
export function officeDocument(definition: FormDefinition, answers: Answers): OfficeDocument {
  return {
    language: 'de',
    title: definition.title,
    sections: buildPrintSections(definition, answers, (field, value) =>
      germanAnswer(field, value, definition.codeLists),
    ),
  };
}
