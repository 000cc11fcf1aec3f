import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { getAnswer } from '../../../src/forms/model/answers.ts';
import { applyPrefill, collectPrefill } from '../../../src/forms/model/prefill.ts';
import { wohnsitzAnswers } from '../../support/authored-answers.ts';

const form = (id: string) => bundledForms.find((definition) => definition.id === id)!;
const TODAY = '2026-11-28';

describe('prefill (data asked only once)', () => {
  const profile = collectPrefill(form('lotse-wohnsitz-anmeldung').elements, wohnsitzAnswers(TODAY));

  it('collects name, birth date and address of the person applying, not of other household members', () => {
    expect(profile).toMatchObject({
      'person.familienname': getAnswer(wohnsitzAnswers(TODAY), 'G_lotse_personen[0].F00000013'),
      'anschrift.strasse': getAnswer(wohnsitzAnswers(TODAY), 'G_lotse_neue_wohnung[0].F00000053'),
    });
    expect(Object.keys(profile).length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['lotse-wohngeld-erstantrag', 'G_lotse_antragsteller[0]', 'G_lotse_wohnung[0]'],
    ['lotse-kita-platz', 'G_lotse_eltern[0]', 'G_lotse_wohnort[0]'],
    ['lotse-bildung-teilhabe', 'G_lotse_antragsteller[0]', 'G_lotse_anschrift[0]'],
  ])(
    'fills the name and address questions of %s and marks them for checking',
    (id, person, address) => {
      const { answers, paths } = applyPrefill(form(id).elements, {}, profile);
      expect(getAnswer(answers, `${person}.F00000013`)).toBe(profile['person.familienname']);
      expect(getAnswer(answers, `${person}.F00000045`)).toBe(profile['person.vornamen']);
      expect(getAnswer(answers, `${address}.F00000053`)).toBe(profile['anschrift.strasse']);
      expect(getAnswer(answers, `${address}.F00000054`)).toBe(profile['anschrift.plz']);
      expect(paths).toEqual(
        expect.arrayContaining([`${person}.F00000013`, `${address}.F00000054`]),
      );
    },
  );

  it('never overwrites what was already answered', () => {
    const own = { G_lotse_antragsteller: [{ F00000013: 'Selbst' }] };
    const { answers, paths } = applyPrefill(
      form('lotse-wohngeld-erstantrag').elements,
      own,
      profile,
    );
    expect(getAnswer(answers, 'G_lotse_antragsteller[0].F00000013')).toBe('Selbst');
    expect(paths).not.toContain('G_lotse_antragsteller[0].F00000013');
  });
});
