/**
 * An answer in words, for the check-answers page (UI language), the printout and the office's copy
 * (German). Pure, without i18next: the worker builds the office's copy with it.
 */
import type { AnswerValue, CodeList, DateParts, FieldElement } from './model/form-definition.ts';
import { primaryLanguage } from '../i18n/languages.ts';
import { parseNumberText } from '../validation/numbers.ts';

/** The words and the language an answer is written in. */
export interface AnswerWords {
  /** BCP 47 language for lists and dates. */
  language: string;
  /** "yes" and "no" in that language. */
  yes: string;
  no: string;
}

/** The office's and the printout's language. */
export const GERMAN_ANSWER_WORDS: AnswerWords = { language: 'de', yes: 'Ja', no: 'Nein' };

/** An answer in words ('' when not answered): codes as labels, yes/no, dates, lists, numbers. */
export function answerText(
  field: FieldElement,
  value: AnswerValue,
  codeLists: Record<string, CodeList>,
  words: AnswerWords,
): string {
  if (value === null || value === '') return '';
  const labelOf = (code: string): string =>
    (field.codeListId ? codeLists[field.codeListId] : undefined)?.entries.find(
      (entry) => entry.code === code,
    )?.label ?? code;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    return new Intl.ListFormat(words.language, { type: 'conjunction' }).format(value.map(labelOf));
  }
  if (typeof value === 'object') {
    if ('attachmentId' in value) return value.name;
    return dateText(value, words.language);
  }
  if (field.type === 'select' || field.type === 'radio') return labelOf(value);
  if (field.type === 'money' || field.type === 'number' || field.type === 'integer') {
    return numberText(field.type, value, words.language);
  }
  return value;
}

/**
 * Amounts and numbers in the notation of the language ("1.234,50 €", "€1,234.50", "12,5" /
 * "12.5"), whichever notation they were typed in; text that is not one clear number stays as
 * typed.
 */
function numberText(type: 'money' | 'number' | 'integer', text: string, language: string): string {
  const parsed = parseNumberText(text);
  if (!parsed) return type === 'money' ? `${text} €` : text;
  const format =
    type === 'money'
      ? new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' })
      : // No thousands separators: an imported whole-number field may hold an identifier.
        new Intl.NumberFormat(language, {
          maximumFractionDigits: parsed.decimals,
          useGrouping: false,
        });
  return format.format(parsed.value);
}

/**
 * German as the office writes it ("03.11.2026"); other languages spell the month out in their
 * own way ("3 November 2026", "٣ نوفمبر ٢٠٢٦"), so that no one reads 03.11. as March 11th. An
 * incomplete or impossible date stays as typed.
 */
function dateText({ day, month, year }: DateParts, language: string): string {
  if (!day && !month && !year) return '';
  const typed = `${day.padStart(2, '0')}.${month.padStart(2, '0')}.${year}`;
  if (primaryLanguage(language) === 'de') return typed;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const time = Date.UTC(y, m - 1, d);
  const date = new Date(time);
  if (
    !/^\d{4}$/.test(year) ||
    Number.isNaN(time) ||
    date.getUTCDate() !== d ||
    date.getUTCMonth() !== m - 1
  ) {
    return typed;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
