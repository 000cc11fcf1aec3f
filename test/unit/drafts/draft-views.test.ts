import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { FORM_FORMAT } from '../../../src/forms/model/form-definition.ts';
import { replaceForms } from '../../../src/forms/store/forms-store.ts';
import { createDraft, saveAnswer, savePage } from '../../../src/drafts/store/drafts-store.ts';
import { listDraftOverviews, readPrintView } from '../../../src/drafts/store/draft-views.ts';

const wohnsitz = bundledForms.find((form) => form.id === 'lotse-wohnsitz-anmeldung')!;
const kita = bundledForms.find((form) => form.id === 'lotse-kita-platz')!;

const WOHNSITZ = {
  formId: wohnsitz.id,
  formVersion: wohnsitz.version,
  serviceId: '99115005104000',
};
const KITA = { formId: kita.id, formVersion: kita.version, serviceId: 'x-kita' };

const tick = () => new Promise((done) => setTimeout(done, 5));

let db: LotseDb;
beforeEach(async () => {
  db = new LotseDb(`views-${Math.random()}`);
  await replaceForms(db, { format: FORM_FORMAT, forms: [wohnsitz, kita] }, 'v1');
  await db.catalogueServices.bulkAdd([
    {
      id: '99115005104000',
      leikaKey: '99115005104000',
      name: 'Wohnsitz Anmeldung',
      type: '1',
      legalBasis: null,
      laws: null,
      lawsShort: null,
      leistungId: 'ozg-1',
    },
    {
      id: 'x-kita',
      leikaKey: null,
      name: 'Kita-Platz anmelden',
      type: null,
      legalBasis: null,
      laws: null,
      lawsShort: null,
      leistungId: 'ozg-2',
    },
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe('drafts list data', () => {
  it('lists every draft with form title, service and progress, the latest change first', async () => {
    const moving = await createDraft(db, WOHNSITZ);
    await tick();
    const childcare = await createDraft(db, KITA);
    await tick();
    await savePage(db, moving.id, 'G_lotse_neue_wohnung[0].F00000054');

    const list = await listDraftOverviews(db);
    expect(
      list.map(({ id, title, serviceName, progress }) => ({ id, title, serviceName, progress })),
    ).toEqual([
      {
        id: moving.id,
        title: 'Wohnung anmelden',
        serviceName: 'Wohnsitz Anmeldung',
        progress: { kind: 'question', current: 7, total: 13 },
      },
      {
        id: childcare.id,
        title: 'Kita-Platz anmelden',
        // The same words as the title are not repeated.
        serviceName: null,
        progress: expect.objectContaining({ kind: 'question', current: 1 }) as unknown,
      },
    ]);
    expect(list[0]!.updatedAt).toBeGreaterThan(list[1]!.updatedAt);
  });

  it('keeps several drafts of the same service apart', async () => {
    const first = await createDraft(db, WOHNSITZ);
    await tick();
    const second = await createDraft(db, WOHNSITZ);
    await saveAnswer(db, second.id, 'G_lotse_bisherige_wohnung[0].F_lotse_zuzug_ausland', false);
    const list = await listDraftOverviews(db);
    expect(list.map((entry) => entry.id)).toEqual([second.id, first.id]);
    expect(list.map((entry) => entry.progress)).toEqual([
      { kind: 'question', current: 1, total: 17 },
      { kind: 'question', current: 1, total: 13 },
    ]);
  });

  it('still lists a draft whose form was removed from the device, without progress', async () => {
    const orphan = await createDraft(db, { ...WOHNSITZ, formId: 'lotse-gone' });
    expect(await listDraftOverviews(db)).toEqual([
      expect.objectContaining({ id: orphan.id, title: 'lotse-gone', progress: null }),
    ]);
  });

  it('shows nothing when there are no drafts', async () => {
    expect(await listDraftOverviews(db)).toEqual([]);
  });
});

describe('print view data', () => {
  it('carries the draft, its form, the service name and the LeiKa key', async () => {
    const draft = await createDraft(db, WOHNSITZ);
    const view = await readPrintView(db, draft.id);
    expect(view?.draft.id).toBe(draft.id);
    expect(view?.form.title).toBe('Wohnung anmelden');
    expect(view?.serviceName).toBe('Wohnsitz Anmeldung');
    expect(view?.leikaKey).toBe('99115005104000');
  });

  it("falls back to the form's LeiKa key for a service without one", async () => {
    const draft = await createDraft(db, KITA);
    expect((await readPrintView(db, draft.id))?.leikaKey).toBe(kita.leikaKeys[0]);
  });

  it('is undefined for an unknown draft', async () => {
    expect(await readPrintView(db, 'no-such-draft')).toBeUndefined();
  });
});
