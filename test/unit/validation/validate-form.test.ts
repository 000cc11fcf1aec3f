import { describe, expect, it } from 'vitest';
import { validateForm, type FieldError } from '../../../src/validation/index.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';
import { TODAY, registrationForm, validAnswers } from './registration-form.ts';

const definition = registrationForm();
const validate = (answers: Answers) => validateForm(definition, answers, { today: TODAY });
const codes = (answers: Answers) =>
  validate(answers).errors.map((error) => `${error.path}:${error.code}`);
const errorAt = (answers: Answers, path: string): FieldError | undefined =>
  validate(answers).errors.find((error) => error.path === path);
const withAnswers = (changes: Answers): Answers => ({ ...validAnswers(), ...changes });

describe('validateForm', () => {
  it('accepts a completely and correctly filled form', () => {
    expect(validate(validAnswers())).toEqual({ valid: true, errors: [] });
  });

  it('asks for every required answer of an empty form, in document order', () => {
    expect(codes({})).toEqual([
      'F_name:required',
      'F_geburt:required',
      'F_plz:required',
      'F_kinder:required',
      'F_miete:required',
      'F_zahlung:required',
      'F_nachweis:required',
      'F_einzug:required',
    ]);
  });

  it('says whether to enter, choose or upload, and names the question', () => {
    const { errors } = validate({});
    expect(errors[0]).toEqual({
      path: 'F_name',
      elementId: 'F_name',
      code: 'required',
      params: { input: 'enter', label: 'Familienname' },
    });
    expect(errors.find((error) => error.path === 'F_kinder')?.params?.input).toBe('choose');
    expect(errors.find((error) => error.path === 'F_nachweis')?.params?.input).toBe('upload');
  });

  it('asks for at least one child once the household has children', () => {
    expect(errorAt(withAnswers({ G_kind: [] }), 'G_kind')).toMatchObject({
      code: 'minItems',
      params: { count: 1, itemLabel: 'Kind', label: 'Kinder' },
    });
  });

  it('checks an added child entry even when it is still empty', () => {
    expect(codes(withAnswers({ G_kind: [{}] }))).toEqual([
      'G_kind[0].F_kind_name:required',
      'G_kind[0].F_kind_geburt:required',
    ]);
  });

  it('allows at most five children', () => {
    const child = { F_kind_name: 'A', F_kind_geburt: { day: '1', month: '1', year: '2020' } };
    expect(
      errorAt(withAnswers({ G_kind: Array.from({ length: 6 }, () => child) }), 'G_kind'),
    ).toMatchObject({
      code: 'maxItems',
      params: { count: 5 },
    });
  });

  it('ignores hidden questions and their stale answers, also in rules', () => {
    const stale = [
      {
        F_kind_name: '',
        F_kind_einkommen: '90.000',
        F_kind_geburt: { day: '1', month: '1', year: '2024' },
      },
    ];
    expect(validate(withAnswers({ F_kinder: false, G_kind: stale })).errors).toEqual([]);
  });

  it('asks for the IBAN only when payment by transfer was chosen', () => {
    expect(errorAt(withAnswers({ F_iban: '' }), 'F_iban')?.code).toBe('required');
    expect(errorAt(withAnswers({ F_iban: '', F_zahlung: 'bar' }), 'F_iban')).toBeUndefined();
  });

  it('does not check an optional section nobody started, but all of it once started', () => {
    expect(validate(withAnswers({ G_bank: [] })).valid).toBe(true);
    expect(validate(withAnswers({ G_bank: [{ F_bank_name: ' ', F_bic: '' }] })).valid).toBe(true);
    expect(codes(withAnswers({ G_bank: [{ F_bic: 'COBADEFFXXX' }] }))).toEqual([
      'G_bank[0].F_bank_name:required',
    ]);
  });

  it('checks money: format, two decimals, lowest and highest amount', () => {
    expect(errorAt(withAnswers({ F_miete: 'zwölf' }), 'F_miete')?.code).toBe('money.format');
    expect(errorAt(withAnswers({ F_miete: '12,345' }), 'F_miete')?.code).toBe('money.decimals');
    expect(errorAt(withAnswers({ F_miete: '-5' }), 'F_miete')).toMatchObject({
      code: 'min',
      params: { min: 0 },
    });
    expect(errorAt(withAnswers({ F_miete: '20.000' }), 'F_miete')).toMatchObject({
      code: 'max',
      params: { max: 10000 },
    });
    expect(errorAt(withAnswers({ F_miete: '10.000,00' }), 'F_miete')).toBeUndefined();
  });

  it('checks whole numbers', () => {
    expect(errorAt(withAnswers({ F_personen: '2,5' }), 'F_personen')?.code).toBe('integer');
    expect(errorAt(withAnswers({ F_personen: '0' }), 'F_personen')?.code).toBe('min');
    expect(errorAt(withAnswers({ F_personen: '3' }), 'F_personen')).toBeUndefined();
  });

  it('gives each date problem its own code, and checks relative bounds against today', () => {
    const birth = (day: string, month: string, year: string) =>
      errorAt(withAnswers({ F_geburt: { day, month, year } }), 'F_geburt');
    expect(birth('12', '', '1964')?.code).toBe('date.missingMonth');
    expect(birth('31', '2', '1964')?.code).toBe('date.invalid');
    expect(birth('12', '8', '64')?.code).toBe('date.yearDigits');
    expect(birth('16', '6', '2025')?.code).toBe('date.notFuture');
    expect(birth('15', '6', '2025')).toBeUndefined();
    expect(birth('31', '12', '1899')).toMatchObject({
      code: 'date.min',
      params: { min: '01.01.1900' },
    });
  });

  it('runs the named validators', () => {
    expect(errorAt(withAnswers({ F_plz: '00123' }), 'F_plz')?.code).toBe('plz');
    expect(errorAt(withAnswers({ F_email: 'erika@' }), 'F_email')?.code).toBe('email');
    expect(errorAt(withAnswers({ F_iban: 'DE89 3704 0044 0532 0130 01' }), 'F_iban')?.code).toBe(
      'iban.checksum',
    );
  });

  it('checks text length and pattern, with the hint as an example', () => {
    expect(errorAt(withAnswers({ F_name: 'x'.repeat(51) }), 'F_name')).toMatchObject({
      code: 'maxLength',
      params: { count: 50 },
    });
    expect(errorAt(withAnswers({ F_name: `  ${'x'.repeat(50)}  ` }), 'F_name')).toBeUndefined();
    expect(
      errorAt(withAnswers({ G_bank: [{ F_bank_name: 'Bank', F_bic: 'COBA' }] }), 'G_bank[0].F_bic'),
    ).toMatchObject({
      code: 'pattern',
      params: { hint: 'COBADEFFXXX' },
    });
  });

  it('accepts only codes of the code list, and no more ticks than allowed', () => {
    expect(errorAt(withAnswers({ F_zahlung: 'scheck' }), 'F_zahlung')?.code).toBe('code');
    expect(errorAt(withAnswers({ F_hilfen: ['wohngeld', 'bafoeg'] }), 'F_hilfen')?.code).toBe(
      'code',
    );
    expect(
      errorAt(withAnswers({ F_hilfen: ['wohngeld', 'kiz', 'but'] }), 'F_hilfen'),
    ).toMatchObject({
      code: 'maxSelected',
      params: { count: 2 },
    });
    // The list of states is only referenced, not available offline: any code is taken.
    expect(errorAt(withAnswers({ F_staat: '000' }), 'F_staat')).toBeUndefined();
  });

  it('checks the kind and size of an uploaded document', () => {
    const file = { attachmentId: 'a', name: 'x', sha256: 'x' };
    expect(
      errorAt(withAnswers({ F_nachweis: { ...file, type: 'text/plain', size: 10 } }), 'F_nachweis'),
    ).toMatchObject({
      code: 'file.type',
      params: { accept: 'image/*, application/pdf' },
    });
    expect(
      errorAt(
        withAnswers({ F_nachweis: { ...file, type: 'image/jpeg', size: 6_000_000 } }),
        'F_nachweis',
      ),
    ).toMatchObject({
      code: 'file.size',
      params: { max: 5 },
    });
  });

  it('reports answers of the wrong shape instead of failing (untrusted submissions)', () => {
    const odd = {
      F_name: 42,
      F_kinder: 'ja',
      F_miete: true,
      F_geburt: '1964-08-12',
      G_kind: 'viele',
    } as unknown as Answers;
    const errors = validate(withAnswers(odd)).errors.map((error) => `${error.path}:${error.code}`);
    expect(errors).toEqual([
      'F_name:invalidValue',
      'F_geburt:invalidValue',
      'F_kinder:invalidValue',
      'F_miete:invalidValue',
    ]);
    expect(codes(withAnswers({ G_kind: 'viele' }))).toEqual(['G_kind:invalidValue']);
  });

  it('reports a failed rule on its target with the rule id and message', () => {
    expect(
      errorAt(withAnswers({ F_auszug: { day: '2', month: '7', year: '2025' } }), 'F_auszug'),
    ).toEqual({
      path: 'F_auszug',
      elementId: 'F_auszug',
      code: 'rule',
      params: {
        ruleId: 'R_auszug',
        message: 'Das Auszugsdatum muss vor dem Einzugsdatum liegen.',
        label: 'auszug',
      },
    });
  });

  it('checks a rule inside a repeated group once per entry, and a sum rule on the group', () => {
    const answers = validAnswers();
    const children = answers.G_kind as Answers[];
    children[0]!.F_kind_einkommen = '100';
    children[1]!.F_kind_einkommen = '4.950,01';
    expect(codes(answers)).toEqual(['G_kind:rule', 'G_kind[0].F_kind_einkommen:rule']);
    expect(errorAt(answers, 'G_kind')?.params?.message).toBe(
      'Die Kinder verdienen zusammen höchstens 5.000 Euro.',
    );
  });

  it('shows one error per question: the answer itself before any rule about it', () => {
    expect(codes(withAnswers({ F_auszug: { day: '', month: '7', year: '2025' } }))).toEqual([
      'F_auszug:date.missingDay',
    ]);
  });

  it('gives the same result every time and never changes the answers', () => {
    const answers = withAnswers({ F_plz: '123', G_kind: [{}] });
    const frozen = JSON.stringify(answers);
    const first = validate(answers);
    expect(validate(answers)).toEqual(first);
    expect(JSON.stringify(answers)).toBe(frozen);
  });

  it('treats conditions that depend on each other in a circle as shown instead of looping', () => {
    const circular = registrationForm();
    Object.assign(circular.elements[0]!, { relevantWhen: 'F_email == null' });
    Object.assign(circular.elements[3]!, {
      relevantWhen: 'F_name == null',
      occurs: { min: 1, max: 1 },
    });
    const { errors } = validateForm(circular, {}, { today: TODAY });
    expect(errors.slice(0, 3).map((error) => error.path)).toEqual(['F_name', 'F_geburt', 'F_plz']);
  });

  it('lets a condition read a later question, as unanswered while that one is hidden', () => {
    const forward = registrationForm();
    // F_email is asked only when the (later) IBAN is given; the IBAN is asked only for transfers.
    Object.assign(forward.elements[3]!, {
      relevantWhen: 'answered(F_iban)',
      occurs: { min: 1, max: 1 },
    });
    Object.assign(
      forward.elements.find((element) => element.id === 'F_iban')!,
      { relevantWhen: "F_zahlung == 'konto'" },
    );
    const emailError = (answers: Answers) =>
      validateForm(forward, answers, { today: TODAY }).errors.find(
        (error) => error.path === 'F_email',
      );
    const answers = withAnswers({ F_email: '', F_zahlung: 'bar' });
    expect(emailError(answers)).toBeUndefined();
    expect(emailError({ ...answers, F_zahlung: 'konto' })?.code).toBe('required');
  });

  it('uses the device date when no date is given', () => {
    expect(validateForm(definition, validAnswers()).valid).toBe(true);
    expect(() => validateForm(definition, {}, { today: '15.06.2025' })).toThrow(RangeError);
  });
});
