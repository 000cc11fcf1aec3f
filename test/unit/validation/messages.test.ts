import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  errorMessage,
  formatMessage,
  messageKey,
  validateForm,
  type FieldError,
  type MessageCatalog,
} from '../../../src/validation/index.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';
import { generateLargeForm } from '../../support/large-form.ts';
import { TODAY, registrationForm, validAnswers } from './registration-form.ts';

const catalog = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../locales/${language}/validation.json`, import.meta.url), 'utf8'),
  ) as MessageCatalog;
const de = catalog('de');
const en = catalog('en');

/** Flattened keys of a catalog ('date.missingDay', 'minLength_one'). */
function keys(messages: MessageCatalog, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** One error per code, with the params validation gives it, and every variant of required and pattern. */
const SAMPLES: FieldError[] = [
  ...ERROR_CODES.map((code) => ({
    path: 'F1',
    elementId: 'F1',
    code,
    params: {
      label: 'Familienname',
      count: 2,
      min: 1,
      max: 5,
      hint: 'COBADEFFXXX',
      accept: 'image/*',
      itemLabel: 'Kind',
      ruleId: 'R1',
      message: 'Regel verletzt.',
    },
  })),
  { path: 'F1', elementId: 'F1', code: 'required', params: { input: 'choose', label: 'Staat' } },
  { path: 'F1', elementId: 'F1', code: 'required', params: { input: 'upload', label: 'Nachweis' } },
  { path: 'F1', elementId: 'F1', code: 'pattern', params: { label: 'BIC' } },
  { path: 'F1', elementId: 'F1', code: 'maxLength', params: { label: 'Name', count: 1, max: 1 } },
];

describe('validation messages', () => {
  it('exist in German and English with the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it.each(['de', 'en'])('cover every code with a filled-in sentence (%s)', (language) => {
    const messages = language === 'de' ? de : en;
    for (const error of SAMPLES) {
      const text = errorMessage(messages, error, language);
      expect(text, messageKey(error)).not.toBe(messageKey(error));
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('uses only codes that have messages', () => {
    const definition = registrationForm();
    const broken: Answers = {
      F_name: 'x'.repeat(60),
      F_geburt: { day: '1', month: '', year: '' },
      F_kinder: true,
      G_kind: [],
    };
    const large = generateLargeForm(300);
    const produced = [
      ...validateForm(definition, {}, { today: TODAY }).errors,
      ...validateForm(definition, { ...validAnswers(), ...broken }, { today: TODAY }).errors,
      ...validateForm(large.definition, large.answers, { today: TODAY }).errors,
    ];
    for (const error of produced) expect(ERROR_CODES).toContain(error.code);
  });

  it('reads the way the brief asks, in German', () => {
    const message = (code: string, params: Record<string, string | number> = {}) =>
      errorMessage(de, {
        path: 'F1',
        elementId: 'F1',
        code,
        params: { label: 'Geburtsdatum', ...params },
      });
    expect(message('required', { input: 'enter' })).toBe('Geben Sie „Geburtsdatum“ ein.');
    expect(message('date.missingMonth')).toBe('Das Datum muss einen Monat enthalten.');
    expect(message('iban.checksum')).toBe(
      'Die IBAN hat eine falsche Prüfziffer. Bitte prüfen Sie jede Ziffer.',
    );
    expect(message('maxLength', { count: 50, max: 50 })).toBe(
      'Geben Sie höchstens 50 Zeichen ein.',
    );
    expect(message('min', { min: 1500 })).toBe('Geben Sie 1.500 oder mehr ein.');
    expect(message('rule', { message: 'Das Auszugsdatum muss vor dem Einzugsdatum liegen.' })).toBe(
      'Das Auszugsdatum muss vor dem Einzugsdatum liegen.',
    );
  });

  it('picks singular and plural forms by count', () => {
    const error = (count: number): FieldError => ({
      path: 'F1',
      elementId: 'F1',
      code: 'minSelected',
      params: { count, label: 'x' },
    });
    expect(errorMessage(en, error(1), 'en')).toBe('Select at least one answer.');
    expect(errorMessage(en, error(3), 'en')).toBe('Select at least 3 answers.');
    expect(errorMessage(de, error(3))).toBe('Wählen Sie mindestens 3 Antworten aus.');
  });

  it.each(['de', 'en'])('match what i18next renders from the same files (%s)', async (language) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: language,
      ns: ['validation'],
      defaultNS: 'validation',
      resources: { de: { validation: de }, en: { validation: en } },
      interpolation: { escapeValue: false },
    });
    for (const error of SAMPLES) {
      expect(i18n.t(messageKey(error), { ...error.params })).toBe(
        errorMessage(language === 'de' ? de : en, error, language),
      );
    }
  });
});

describe('formatMessage', () => {
  it('fills parameters and formats numbers for the language', () => {
    expect(formatMessage('{{a}} und {{ b }}', { a: 'x', b: 2 })).toBe('x und 2');
    expect(formatMessage('{{n, number}}', { n: 1234.5 })).toBe('1.234,5');
    expect(formatMessage('{{n, number}}', { n: 1234.5 }, 'en')).toBe('1,234.5');
  });

  it('leaves missing parameters empty and never expands placeholders inside values', () => {
    expect(formatMessage('[{{missing}}]')).toBe('[]');
    expect(formatMessage('{{label}}', { label: '{{secret}}', secret: 'x' })).toBe('{{secret}}');
    expect(formatMessage('{{toString}}', {})).toBe('');
  });
});

describe('messageKey', () => {
  it('maps required and pattern to their variants and everything else to the code', () => {
    const error = (code: string, params?: Record<string, string>): FieldError => ({
      path: 'F',
      elementId: 'F',
      code,
      ...(params ? { params } : {}),
    });
    expect(messageKey(error('required', { input: 'choose' }))).toBe('required.choose');
    expect(messageKey(error('required'))).toBe('required.enter');
    expect(messageKey(error('pattern', { hint: 'x' }))).toBe('pattern.withHint');
    expect(messageKey(error('pattern'))).toBe('pattern.plain');
    expect(messageKey(error('date.missingMonth'))).toBe('date.missingMonth');
  });
});
