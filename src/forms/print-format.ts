import type { AnswerValue, CodeList, FieldElement } from './model/form-definition.ts';
import { i18n } from '../i18n/i18n.ts';
import { formatAnswer } from './format-answer.ts';

/** The printout is for the German office: German wording whatever the UI language. */
export const PRINT_LANGUAGE = 'de';

/** Translates a key in German (the printout's language), independent of the UI language. */
export const printT = (key: string, options?: Record<string, unknown>): string =>
  i18n.getFixedT(PRINT_LANGUAGE)(key, options ?? {});

/**
 * An answer as printed, in German: yes/no and lists of codes in German (the UI's formatAnswer
 * uses the UI language for those), everything else as the check-answers page shows it.
 */
export function formatPrintAnswer(
  field: FieldElement,
  value: AnswerValue,
  codeLists: Record<string, CodeList>,
): string {
  if (typeof value === 'boolean') return printT(value ? 'forms:answer.yes' : 'forms:answer.no');
  if (Array.isArray(value)) {
    const list = field.codeListId ? codeLists[field.codeListId] : undefined;
    const labels = value.map(
      (code) => list?.entries.find((entry) => entry.code === code)?.label ?? code,
    );
    return new Intl.ListFormat(PRINT_LANGUAGE, { type: 'conjunction' }).format(labels);
  }
  return formatAnswer(field, value, codeLists);
}
