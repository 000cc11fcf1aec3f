import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { draftProgress } from '../../../src/drafts/draft-progress.ts';
import type { DraftRow } from '../../../src/db/database.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';

const wohnsitz = bundledForms.find((form) => form.id === 'lotse-wohnsitz-anmeldung')!;

const draft = (answers: Answers, page = '', status: DraftRow['status'] = 'editing') => ({
  answers,
  page,
  status,
});

describe('draft progress', () => {
  it('counts a new Wohnsitz Anmeldung as question 1 of its 13 visible questions', () => {
    // Einzug 3, neue Wohnung 5, bisherige Wohnung 1 (the rest follows the answer), the household
    // on one page, the landlord's confirmation, e-mail and phone.
    expect(draftProgress(wohnsitz, draft({}))).toEqual({ kind: 'question', current: 1, total: 13 });
  });

  it('counts the page the draft stands on, as the guided screen does', () => {
    const progress = draftProgress(wohnsitz, draft({}, 'G_lotse_neue_wohnung[0].F00000054'));
    expect(progress).toEqual({ kind: 'question', current: 7, total: 13 });
  });

  it('grows the total when an answer reveals more questions', () => {
    const answers = { G_lotse_bisherige_wohnung: [{ F_lotse_zuzug_ausland: false }] };
    // Not from abroad: street, number, postcode and town of the previous flat are asked.
    expect(draftProgress(wohnsitz, draft(answers, 'G_lotse_personen'))).toEqual({
      kind: 'question',
      current: 14,
      total: 17,
    });
  });

  it('resumes at question 1 when the stored page is hidden by a changed answer', () => {
    const answers = { G_lotse_einzug: [{ F_lotse_wohnungsart: 'haupt' }] };
    const page = 'G_lotse_einzug[0].F_lotse_nebenwohnung_kaltmiete';
    expect(draftProgress(wohnsitz, draft(answers, page))).toMatchObject({ current: 1 });
  });

  it('says all questions are answered on the check-answers page', () => {
    expect(draftProgress(wohnsitz, draft({}, '#check'))).toEqual({ kind: 'check' });
  });

  it('says ready to send once the answers are confirmed', () => {
    expect(draftProgress(wohnsitz, draft({}, '#check', 'ready'))).toEqual({ kind: 'ready' });
  });
});
