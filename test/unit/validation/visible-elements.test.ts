import { describe, expect, it } from 'vitest';
import { visibleAnswers, visibleElements } from '../../../src/validation/index.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';
import { TODAY, registrationForm, validAnswers } from './registration-form.ts';

const definition = registrationForm();
const shown = (answers: Answers) =>
  visibleElements(definition, answers, { today: TODAY }).map(
    ({ path, required }) => `${path}${required ? '*' : ''}`,
  );

describe('visibleElements', () => {
  it('lists what an empty form shows, with required questions marked', () => {
    expect(shown({})).toEqual([
      'F_name*',
      'F_geburt*',
      'F_plz*',
      'F_email',
      'F_staat',
      'F_kinder*',
      'F_miete*',
      'F_zahlung*',
      'F_iban',
      'G_bank',
      'G_bank[0].F_bank_name',
      'G_bank[0].F_bic',
      'F_hilfen',
      'F_personen',
      'F_nachweis*',
      'F_info',
      'F_einzug*',
      'F_auszug',
    ]);
  });

  it('shows the children group after "yes", and the nursery question only for young children', () => {
    const paths = shown({ ...validAnswers(), G_bank: [] });
    expect(paths).toContain('G_kind*');
    expect(paths).toContain('G_kind[0].F_kind_kita');
    expect(paths).not.toContain('G_kind[1].F_kind_kita');
    expect(paths).toContain('G_kind[1].F_kind_name*');
    expect(paths).toContain('F_iban*');
  });

  it('marks the questions of an optional section required once it is started', () => {
    expect(shown({ G_bank: [{ F_bic: 'COBADEFFXXX' }] })).toContain('G_bank[0].F_bank_name*');
  });
});

describe('visibleAnswers', () => {
  it('drops answers of hidden questions and of ids the form does not know', () => {
    const answers = { ...validAnswers(), F_kinder: false, F_unbekannt: 'x', F_zahlung: 'bar' };
    const kept = visibleAnswers(definition, answers, { today: TODAY });
    expect(kept).not.toHaveProperty('G_kind');
    expect(kept).not.toHaveProperty('F_unbekannt');
    expect(kept.F_iban).toBe('DE89 3704 0044 0532 0130 00');
    expect(kept.F_kinder).toBe(false);
  });

  it('drops hidden questions inside group entries and keeps the entries in place', () => {
    const kept = visibleAnswers(definition, validAnswers(), { today: TODAY });
    const children = kept.G_kind as Answers[];
    expect(children).toHaveLength(2);
    expect(children[0]).toHaveProperty('F_kind_kita', true);
    expect(children[1]).toEqual({
      F_kind_name: 'Tom',
      F_kind_geburt: { day: '3', month: '3', year: '2008' },
      F_kind_einkommen: '450,00',
    });
  });

  it('adds nothing that was not answered', () => {
    expect(visibleAnswers(definition, {}, { today: TODAY })).toEqual({});
  });
});
