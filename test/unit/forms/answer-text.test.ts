import { describe, expect, it } from 'vitest';
import {
  answerText,
  GERMAN_ANSWER_WORDS,
  type AnswerWords,
} from '../../../src/forms/answer-text.ts';
import type {
  CodeList,
  FieldElement,
  FieldType,
} from '../../../src/forms/model/form-definition.ts';

const field = (type: FieldType, codeListId?: string): FieldElement => ({
  kind: 'field',
  id: `F_${type}`,
  label: type,
  occurs: { min: 0, max: 1 },
  type,
  ...(codeListId ? { codeListId } : {}),
});

const codeLists: Record<string, CodeList> = {
  C_family: {
    id: 'C_family',
    entries: [
      { code: 'ledig', label: 'ledig' },
      { code: 'verheiratet', label: 'verheiratet' },
    ],
  },
};

const english: AnswerWords = { language: 'en', yes: 'Yes', no: 'No' };
const arabic: AnswerWords = { language: 'ar', yes: 'نعم', no: 'لا' };
const date = (day: string, month: string, year: string) => ({ day, month, year });

describe('an answer in words', () => {
  it('writes dates as the office does in German, and spells the month out elsewhere', () => {
    const moved = date('3', '11', '2026');
    expect(answerText(field('date'), moved, {}, GERMAN_ANSWER_WORDS)).toBe('03.11.2026');
    expect(answerText(field('date'), moved, {}, { ...english, language: 'de-x-ls' })).toBe(
      '03.11.2026',
    );
    // "03.11.2026" reads as March 11th in English: the month is named instead.
    expect(answerText(field('date'), moved, {}, english)).toBe('November 3, 2026');
    expect(answerText(field('date'), moved, {}, { ...english, language: 'tr' })).toBe(
      '3 Kasım 2026',
    );
    expect(answerText(field('date'), moved, {}, arabic)).toMatch(/نوفمبر/);
  });

  it('keeps an incomplete or impossible date as typed', () => {
    expect(answerText(field('date'), date('31', '2', '2026'), {}, english)).toBe('31.02.2026');
    expect(answerText(field('date'), date('', '4', '1990'), {}, english)).toBe('00.04.1990');
    expect(answerText(field('date'), date('', '', ''), {}, english)).toBe('');
  });

  it('says yes and no, and lists choices, in the language it is written in', () => {
    expect(answerText(field('boolean'), true, {}, GERMAN_ANSWER_WORDS)).toBe('Ja');
    expect(answerText(field('boolean'), false, {}, english)).toBe('No');
    const both = ['ledig', 'verheiratet'];
    expect(answerText(field('checkboxes', 'C_family'), both, codeLists, GERMAN_ANSWER_WORDS)).toBe(
      'ledig und verheiratet',
    );
    expect(answerText(field('checkboxes', 'C_family'), both, codeLists, english)).toBe(
      'ledig and verheiratet',
    );
  });

  it('writes amounts and numbers in the notation of the language, whatever notation was typed', () => {
    // Intl puts a no-break space before the euro sign in German.
    expect(answerText(field('money'), '850,00', {}, GERMAN_ANSWER_WORDS)).toBe('850,00\u00a0€');
    expect(answerText(field('money'), '1234.5', {}, GERMAN_ANSWER_WORDS)).toBe('1.234,50\u00a0€');
    expect(answerText(field('money'), '1.234,50', {}, english)).toBe('€1,234.50');
    expect(answerText(field('number'), '12,5', {}, english)).toBe('12.5');
    expect(answerText(field('number'), '12.5', {}, GERMAN_ANSWER_WORDS)).toBe('12,5');
    // Whole numbers without grouping: an imported field may hold an identifier.
    expect(answerText(field('integer'), '12345', {}, GERMAN_ANSWER_WORDS)).toBe('12345');
    // Not one clear number: as typed, never a wrong amount.
    expect(answerText(field('money'), '1.2.3', {}, english)).toBe('1.2.3 €');
  });

  it('names codes by their label, documents by their file name', () => {
    expect(answerText(field('radio', 'C_family'), 'ledig', codeLists, english)).toBe('ledig');
    expect(answerText(field('select', 'C_family'), 'unbekannt', codeLists, english)).toBe(
      'unbekannt',
    );
    const file = {
      attachmentId: 'a',
      name: 'mietvertrag.pdf',
      type: 'application/pdf',
      size: 1,
      sha256: '0',
    };
    expect(answerText(field('file'), file, {}, english)).toBe('mietvertrag.pdf');

    expect(answerText(field('text'), '', {}, english)).toBe('');
    expect(answerText(field('text'), null, {}, english)).toBe('');
  });
});
