import { describe, expect, it } from 'vitest';
import type { LotseDb } from '../../../src/db/database.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import {
  addGroupInstance,
  createDraft,
  listDrafts,
  readDraft,
  saveAnswer,
  saveAttachment,
} from '../../../src/drafts/store/drafts-store.ts';
import { deletePerson } from '../../../src/drafts/store/delete-person.ts';
import { readProfile, saveProfileFromDraft } from '../../../src/drafts/store/profile-store.ts';
import { OPEN, type Access } from '../../../src/security/access.ts';
import { addProfile, rawDump, sealedAccess, WOHNSITZ, vaultsPerTest } from './vault-support.ts';
import { putOutboxItem } from './vault-outbox-rows.ts';

const wohnsitz = bundledForms.find((form) => form.id === WOHNSITZ.formId)!;
const person = (index: number) => `G_lotse_personen[${index}]`;

interface Person {
  surname: string;
  givenNames: string;
  born: { day: string; month: string; year: string };
}
const AMIRA: Person = {
  surname: 'XMARK-Haddad',
  givenNames: 'Amira',
  born: { day: '1', month: '4', year: '1990' },
};
/** The same person typed another way: case, spaces, leading zeros. */
const AMIRA_AGAIN: Person = {
  surname: '  xmark-HADDAD ',
  givenNames: 'amira',
  born: { day: '01', month: '04', year: '1990' },
};
const OMAR: Person = {
  surname: 'YMARK-Yilmaz',
  givenNames: 'Omar',
  born: { day: '2', month: '3', year: '1985' },
};

const vault = vaultsPerTest();

/** A draft for `applicant` (and household `members`) with a street and a document marker. */
async function application(
  db: LotseDb,
  access: Access,
  marker: string,
  applicant: Person,
  ...members: Person[]
) {
  const draft = await createDraft(db, WOHNSITZ, undefined, access);
  for (const [index, who] of [applicant, ...members].entries()) {
    if (index > 0) await addGroupInstance(db, draft.id, 'G_lotse_personen', access);
    await saveAnswer(db, draft.id, `${person(index)}.F00000013`, who.surname, access);
    await saveAnswer(db, draft.id, `${person(index)}.F00000045`, who.givenNames, access);
    await saveAnswer(db, draft.id, `${person(index)}.F60000231`, who.born, access);
  }
  await saveAnswer(db, draft.id, 'G_lotse_neue_wohnung[0].F00000053', `${marker}-street`, access);
  const file = await saveAttachment(
    db,
    draft.id,
    { blob: new Blob([`${marker}-bytes`]), name: `${marker}-name.pdf`, type: 'application/pdf' },
    access,
  );
  await saveAnswer(
    db,
    draft.id,
    'G_lotse_nachweise[0].F_lotse_wohnungsgeberbestaetigung',
    file,
    access,
  );
  return draft.id;
}

/** Answers naming `who` as applicant, as an outbox request holds them. */
function requestAnswers(who: Person, marker: string): Answers {
  return {
    G_lotse_personen: [{ F00000013: who.surname, F00000045: who.givenNames, F60000231: who.born }],
    G_lotse_neue_wohnung: [{ F00000053: `${marker}-street` }],
  };
}

describe('delete everything about this person, in Chromium', () => {
  it('on an open device leaves no record of the person in any table', async () => {
    const { name, db } = vault();
    const first = await application(db, OPEN, 'XMARK1', AMIRA);
    const second = await application(db, OPEN, 'XMARK2', AMIRA_AGAIN);
    const other = await application(db, OPEN, 'YMARK1', OMAR);
    await saveProfileFromDraft(db, first, wohnsitz);
    await putOutboxItem(db, second, 'sent', {
      answers: requestAnswers(AMIRA, 'XMARK2'),
      fileText: 'XMARK2-jwe',
    });
    // An item whose draft was deleted earlier still holds the request as sent.
    await putOutboxItem(db, 'gone-draft', 'sent', {
      answers: requestAnswers(AMIRA_AGAIN, 'XMARK3'),
      fileText: 'XMARK3-jwe',
    });
    expect(await rawDump(name)).toContain('XMARK');

    const report = await deletePerson(db, OPEN, first);

    expect(report).toEqual({
      drafts: 2,
      attachments: 2,
      outbox: 2,
      keptSending: 0,
      profile: true,
      mentionedIn: [],
    });
    const dump = await rawDump(name);
    expect(dump).not.toMatch(/xmark/i);
    expect(dump).toContain('YMARK1-street');
    expect((await listDrafts(db)).map((draft) => draft.id)).toEqual([other]);
    expect(await readProfile(db)).toEqual({});
  });

  it('keeps another person’s saved details and reports applications naming the person as a household member', async () => {
    const { db } = vault();
    const omars = await application(db, OPEN, 'YMARK1', OMAR);
    await saveProfileFromDraft(db, omars, wohnsitz);
    const family = await application(db, OPEN, 'YMARK2', OMAR, AMIRA);
    const amiras = await application(db, OPEN, 'XMARK1', AMIRA);

    const report = await deletePerson(db, OPEN, amiras);

    expect(report).toMatchObject({ drafts: 1, profile: false, mentionedIn: [family] });
    expect(await readDraft(db, family)).toBeDefined();
    expect(await readProfile(db)).toMatchObject({ 'person.familienname': OMAR.surname });
  });

  it('leaves an outbox item being sent and says so', async () => {
    const { db } = vault();
    const first = await application(db, OPEN, 'XMARK1', AMIRA);
    await putOutboxItem(db, first, 'sending');
    expect(await deletePerson(db, OPEN, first)).toMatchObject({
      drafts: 1,
      outbox: 0,
      keptSending: 1,
    });
    expect(await db.outbox.get(first)).toBeDefined();
  });

  it('under a profile deletes the person’s sealed drafts, documents and saved details, and nobody else’s', async () => {
    const { name, db, session } = vault();
    await addProfile(session, { name: 'A', pin: '482915' });
    const asA = await sealedAccess(session);
    const first = await application(db, asA, 'XMARK1', AMIRA);
    await application(db, asA, 'XMARK2', AMIRA_AGAIN);
    const omars = await application(db, asA, 'YMARK1', OMAR);
    await saveProfileFromDraft(db, first, wohnsitz, asA);
    await addProfile(session, { name: 'B', pin: '739164' });
    const asB = await sealedAccess(session);
    const bAmira = await application(db, asB, 'XMARK9', AMIRA);
    const before = await rawDump(name);
    expect(before).not.toContain('XMARK');

    const report = await deletePerson(db, asA, first);

    expect(report).toMatchObject({ drafts: 2, attachments: 2, profile: true });
    expect((await listDrafts(db, asA)).map((draft) => draft.id)).toEqual([omars]);
    expect(await readProfile(db, asA)).toEqual({});
    expect(await db.attachments.count()).toBe(2);
    // B's application for the same person is B's to delete: A cannot even see it.
    expect((await listDrafts(db, asB)).map((draft) => draft.id)).toEqual([bAmira]);
  });
});
