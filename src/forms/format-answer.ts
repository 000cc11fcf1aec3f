import type { AnswerValue, CodeList, FieldElement } from './model/form-definition.ts';
import { i18n, t } from '../i18n/i18n.ts';

/** An answer as the check-answers page and the printout show it; '' when not answered. */
export function formatAnswer(
  field: FieldElement,
  value: AnswerValue,
  codeLists: Record<string, CodeList>,
): string {
  if (value === null || value === '') return '';
  const labelOf = (code: string): string =>
    (field.codeListId ? codeLists[field.codeListId] : undefined)?.entries.find(
      (entry) => entry.code === code,
    )?.label ?? code;
  if (typeof value === 'boolean') return value ? t('forms:answer.yes') : t('forms:answer.no');
  if (Array.isArray(value)) {
    return new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(value.map(labelOf));
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
