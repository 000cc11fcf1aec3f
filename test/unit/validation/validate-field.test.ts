import { describe, expect, it } from 'vitest';
import {
  ElementPathError,
  validateField,
  validateForm,
  visibleElements,
} from '../../../src/validation/index.ts';
import type { Answers, FormDefinition } from '../../../src/forms/model/form-definition.ts';
import { generateLargeForm } from '../../support/large-form.ts';
import { TODAY, registrationForm, validAnswers } from './registration-form.ts';

const options = { today: TODAY };

/** validateField at every visible path, concatenated in document order. */
function fieldByField(definition: FormDefinition, answers: Answers) {
  return visibleElements(definition, answers, options).flatMap(({ path }) =>
    validateField(definition, answers, path, options),
  );
}

describe('validateField', () => {
  it('gives the same error at each path as validateForm, for a form full of mistakes', () => {
    const { definition, answers } = generateLargeForm(300);
    const whole = validateForm(definition, answers, options).errors;
    expect(whole.length).toBeGreaterThan(10);
    expect(fieldByField(definition, answers)).toEqual(whole);
  });

  it('agrees with validateForm on empty, partial and wrong answers of a real-shaped form', () => {
    const definition = registrationForm();
    const partial = {
      ...validAnswers(),
      F_plz: '1234',
      G_kind: [{}, { F_kind_einkommen: '9.000' }],
      G_bank: [{ F_bic: 'x' }],
    };
    for (const answers of [{}, validAnswers(), partial, { F_kinder: true }]) {
      expect(fieldByField(definition, answers)).toEqual(
        validateForm(definition, answers, options).errors,
      );
    }
  });

  it('checks one field as the person types', () => {
    const definition = registrationForm();
    const answers = { ...validAnswers(), F_plz: '1011' };
    expect(validateField(definition, answers, 'F_plz', options)).toEqual([
      { path: 'F_plz', elementId: 'F_plz', code: 'plz', params: { label: 'Postleitzahl' } },
    ]);
    expect(validateField(definition, { ...answers, F_plz: '10115' }, 'F_plz', options)).toEqual([]);
  });

  it('checks a field inside a group entry, and the entry count at the group path', () => {
    const definition = registrationForm();
    const answers = { ...validAnswers(), G_kind: [{ F_kind_name: 'Lena' }] };
    expect(validateField(definition, answers, 'G_kind[0].F_kind_geburt', options)[0]?.code).toBe(
      'required',
    );
    expect(validateField(definition, { ...answers, G_kind: [] }, 'G_kind', options)[0]?.code).toBe(
      'minItems',
    );
  });

  it('has nothing to say about hidden questions and entries that do not exist', () => {
    const definition = registrationForm();
    const answers = { ...validAnswers(), F_kinder: false };
    expect(validateField(definition, answers, 'G_kind[0].F_kind_name', options)).toEqual([]);
    expect(validateField(definition, validAnswers(), 'G_kind[7].F_kind_name', options)).toEqual([]);
  });

  it('refuses paths that are malformed or name no element', () => {
    const definition = registrationForm();
    for (const path of [
      '',
      'G_kind.F_kind_name',
      'F_name[0]',
      'G_kind[0]',
      'F_nope',
      'F_name[0].F_x',
      'G_kind[-1].F_kind_name',
    ]) {
      expect(() => validateField(definition, {}, path, options), path).toThrow(ElementPathError);
    }
  });

  it('answers within a small fraction of a millisecond on a 300-field form', () => {
    const { definition, answers } = generateLargeForm(300);
    validateForm(definition, answers, options);
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1)
      validateField(definition, answers, 'G_s20[0].F_s20_6', options);
    expect((performance.now() - started) / 1000).toBeLessThan(0.2);
  });
});
