import type { AnswerValue, CodeList, FieldElement } from './model/form-definition.ts';
import { i18n, t } from '../i18n/i18n.ts';
import { answerText } from './answer-text.ts';

/** An answer as the check-answers page shows it, in the UI language; '' when not answered. */
export function formatAnswer(
  field: FieldElement,
  value: AnswerValue,
  codeLists: Record<string, CodeList>,
): string {
  return answerText(field, value, codeLists, {
    language: i18n.language,
    yes: t('forms:answer.yes'),
    no: t('forms:answer.no'),
  });
}
