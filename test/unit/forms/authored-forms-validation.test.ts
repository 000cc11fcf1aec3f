import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import type { Answers, FormDefinition } from '../../../src/forms/model/form-definition.ts';
import { validateForm, visibleElements } from '../../../src/validation/index.ts';
import {
  authoredAnswers,
  bildungTeilhabeAnswers,
  kitaAnswers,
  typedDateFrom,
  wohngeldAnswers,
  wohnsitzAnswers,
} from '../../support/authored-answers.ts';

const TODAY = '2026-03-16';

function form(id: string): FormDefinition {
  const found = bundledForms.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no bundled form ${id}`);
  return found;
}

/** The first instance of a group in a set of answers, to change one answer in a test. */
function first(answers: Answers, groupId: string): Answers {
  const instances = answers[groupId] as Answers[];
  return instances[0]!;
}

/** Path and code of every error, in document order. */
function problems(id: string, answers: Answers, today = TODAY): string[] {
  return validateForm(form(id), answers, { today }).errors.map(
    (error) =>
      `${error.path} ${error.code}${error.code === 'rule' ? ` ${error.params?.ruleId}` : ''}`,
  );
}

describe('validating the authored forms', () => {
  it.each(Object.entries(authoredAnswers(TODAY)))(
    'accepts a realistic complete application for %s',
    (id, answers) => {
      expect(validateForm(form(id), answers, { today: TODAY })).toEqual({
        valid: true,
        errors: [],
      });
    },
  );

  it('accepts the same applications on another day, because their dates move with today', () => {
    const today = '2027-12-31';
    for (const [id, answers] of Object.entries(authoredAnswers(today))) {
      expect(problems(id, answers, today), id).toEqual([]);
    }
  });

  it('asks for a missing surname, a real postcode and a move-in date that is not in the future', () => {
    const answers = wohnsitzAnswers(TODAY);
    delete first(answers, 'G_lotse_personen').F00000013;
    first(answers, 'G_lotse_neue_wohnung').F00000054 = '1234';
    first(answers, 'G_lotse_einzug').F_lotse_einzugsdatum = typedDateFrom(TODAY, 2, 'd');
    expect(problems('lotse-wohnsitz-anmeldung', answers)).toEqual([
      'G_lotse_einzug[0].F_lotse_einzugsdatum date.notFuture',
      'G_lotse_neue_wohnung[0].F00000054 plz',
      'G_lotse_personen[0].F00000013 required',
    ]);
  });

  it('refuses a secondary residence when the person has no other home, and a wrong ID card number', () => {
    const answers = wohnsitzAnswers(TODAY);
    first(answers, 'G_lotse_einzug').F_lotse_wohnungsart = 'neben';
    (answers.G_lotse_personen as Answers[])[1]!.F_lotse_ausweisnummer = 'L01X00T472';
    expect(problems('lotse-wohnsitz-anmeldung', answers)).toEqual([
      'G_lotse_einzug[0].F_lotse_weitere_wohnung rule R_lotse_nebenwohnung',
      'G_lotse_personen[1].F_lotse_ausweisnummer idCardNumber.checksum',
    ]);
  });

  it('asks a person moving from abroad for the country instead of the previous German address', () => {
    const answers = wohnsitzAnswers(TODAY);
    answers.G_lotse_bisherige_wohnung = [
      { F_lotse_zuzug_ausland: true, F_lotse_bisher_ort: 'Leipzig' },
    ];
    expect(problems('lotse-wohnsitz-anmeldung', answers)).toEqual([
      'G_lotse_bisherige_wohnung[0].F_lotse_herkunftsstaat required',
    ]);
    first(answers, 'G_lotse_bisherige_wohnung').F_lotse_herkunftsstaat = 'anderer';
    expect(problems('lotse-wohnsitz-anmeldung', answers)).toEqual([
      'G_lotse_bisherige_wohnung[0].F_lotse_herkunftsstaat_anderer required',
    ]);
  });

  it('needs at least one person moving in and the landlord confirmation', () => {
    const answers = wohnsitzAnswers(TODAY);
    answers.G_lotse_personen = [];
    answers.G_lotse_nachweise = [{}];
    expect(problems('lotse-wohnsitz-anmeldung', answers)).toEqual([
      'G_lotse_personen minItems',
      'G_lotse_nachweise[0].F_lotse_wohnungsgeberbestaetigung required',
    ]);
  });

  it('rejects a wrong IBAN and a wrong tax id in the housing benefit application', () => {
    const answers = wohngeldAnswers(TODAY);
    first(answers, 'G_lotse_konto').F_lotse_iban = 'DE02 1203 0000 0000 2020 52';
    first(answers, 'G_lotse_antragsteller').F_lotse_steuer_id = '86 095 742 718';
    expect(problems('lotse-wohngeld-erstantrag', answers)).toEqual([
      'G_lotse_antragsteller[0].F_lotse_steuer_id steuerId.checksum',
      'G_lotse_konto[0].F_lotse_iban iban.checksum',
    ]);
  });

  it('asks how the household lives when its income is not above the rent, counting every member', () => {
    const answers = wohngeldAnswers(TODAY);
    first(answers, 'G_lotse_einkommen').F_lotse_einkommen_brutto = '500,00';
    expect(problems('lotse-wohngeld-erstantrag', answers)).toEqual([
      'G_lotse_einkommen[0].F_lotse_lebensunterhalt rule R_lotse_lebensunterhalt',
    ]);
    first(answers, 'G_lotse_haushalt').F_lotse_hh_einkommen = '1.000,00';
    expect(problems('lotse-wohngeld-erstantrag', answers)).toEqual([]);
  });

  it('catches heating costs higher than the whole rent', () => {
    const answers = wohngeldAnswers(TODAY);
    first(answers, 'G_lotse_miete').F_lotse_heizkosten = '900,00';
    expect(problems('lotse-wohngeld-erstantrag', answers)).toEqual([
      'G_lotse_miete[0].F_lotse_heizkosten rule R_lotse_heizkosten',
    ]);
  });

  it('needs no income proof from a household without income, but an explanation', () => {
    const answers = wohngeldAnswers(TODAY);
    Object.assign(first(answers, 'G_lotse_einkommen'), {
      F_lotse_einkommensarten: ['keines'],
      F_lotse_einkommen_brutto: '0',
    });
    answers.G_lotse_haushalt = [];
    delete first(answers, 'G_lotse_nachweise').F_lotse_nachweis_einkommen;
    expect(problems('lotse-wohngeld-erstantrag', answers)).toEqual([
      'G_lotse_einkommen[0].F_lotse_lebensunterhalt rule R_lotse_lebensunterhalt',
    ]);
  });

  it('rejects a Kita start in the past, too many hours and a missing proof of employment', () => {
    const answers = kitaAnswers(TODAY);
    first(answers, 'G_lotse_betreuung').F_lotse_betreuungsbeginn = typedDateFrom(TODAY, -1, 'd');
    first(answers, 'G_lotse_betreuung').F_lotse_betreuungsstunden = '50';
    delete first(answers, 'G_lotse_eltern').F_lotse_nachweis_beschaeftigung;
    expect(problems('lotse-kita-platz', answers)).toEqual([
      'G_lotse_betreuung[0].F_lotse_betreuungsbeginn rule R_lotse_beginn_zukunft',
      'G_lotse_betreuung[0].F_lotse_betreuungsstunden max',
      'G_lotse_eltern[0].F_lotse_nachweis_beschaeftigung required',
    ]);
  });

  it('makes the proof optional for a parent in training, and asks about a sibling already in care', () => {
    const answers = kitaAnswers(TODAY);
    const parent = first(answers, 'G_lotse_eltern');
    parent.F_lotse_erwerbsstatus = 'ausbildung';
    delete parent.F_lotse_nachweis_beschaeftigung;
    first(answers, 'G_lotse_geschwister').F_lotse_geschwister_in_kita = true;
    expect(problems('lotse-kita-platz', answers)).toEqual([
      'G_lotse_geschwister[0].F_lotse_geschwister_name required',
      'G_lotse_geschwister[0].F_lotse_geschwister_kita required',
    ]);
  });

  it('allows at most two parents', () => {
    const answers = kitaAnswers(TODAY);
    const parents = answers.G_lotse_eltern as Answers[];
    answers.G_lotse_eltern = [...parents, parents[0]!, parents[0]!];
    expect(problems('lotse-kita-platz', answers)).toEqual(['G_lotse_eltern maxItems']);
  });

  it('asks for the costs of a class trip only when the trip is chosen', () => {
    const answers = bildungTeilhabeAnswers(TODAY);
    delete first(answers, 'G_lotse_kinder').F_lotse_fahrt_kosten;
    expect(problems('lotse-bildung-teilhabe', answers)).toEqual([
      'G_lotse_kinder[0].F_lotse_fahrt_kosten required',
    ]);
    first(answers, 'G_lotse_kinder').F_lotse_leistungen = ['mittagessen'];
    first(answers, 'G_lotse_kinder').F_lotse_fahrt_beginn = { day: 'x', month: '', year: '' };
    expect(problems('lotse-bildung-teilhabe', answers)).toEqual([]);
  });

  it('offers school services only to children who go to school, per child', () => {
    const answers = bildungTeilhabeAnswers(TODAY);
    const kitaChild = { ...first(answers, 'G_lotse_kinder'), F_lotse_einrichtung_art: 'kita' };
    answers.G_lotse_kinder = [first(answers, 'G_lotse_kinder'), kitaChild];
    expect(problems('lotse-bildung-teilhabe', answers)).toEqual([
      'G_lotse_kinder[1].F_lotse_leistungen rule R_lotse_schulleistungen_nur_schule',
    ]);
  });

  it('rejects a notice that ends before it was issued', () => {
    const answers = bildungTeilhabeAnswers(TODAY);
    first(answers, 'G_lotse_anspruch').F_lotse_bescheid_bis = typedDateFrom(TODAY, -3, 'm');
    expect(problems('lotse-bildung-teilhabe', answers)).toEqual([
      'G_lotse_anspruch[0].F_lotse_bescheid_bis rule R_lotse_bescheid_zeitraum',
    ]);
  });

  it('tells about the age limit for clubs only when the child is 18 or older', () => {
    const answers = bildungTeilhabeAnswers(TODAY);
    const hint = 'G_lotse_kinder[0].F_lotse_teilhabe_alter_hinweis';
    const shown = () =>
      visibleElements(form('lotse-bildung-teilhabe'), answers, { today: TODAY }).some(
        (element) => element.path === hint,
      );
    expect(shown()).toBe(false);
    first(answers, 'G_lotse_kinder').F_lotse_kind_geburtsdatum = typedDateFrom(TODAY, -19, 'y');
    expect(shown()).toBe(true);
  });
});
