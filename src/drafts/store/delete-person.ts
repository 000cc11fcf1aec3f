import type { LotseDb } from '../../db/database.ts';
import type { Answers } from '../../forms/model/form-definition.ts';
import { HARMONISED_FIELDS } from '../../forms/xdf/harmonised-fields.ts';
import type { Access } from '../../security/access.ts';
import { DraftNotFoundError, listDrafts, readDraft } from './drafts-store.ts';
import { deleteProfile, readProfile } from './profile-store.ts';
import { purgeDrafts, type PurgeCounts } from './purge.ts';

/** What "delete everything about this person" removed. */
export interface DeletePersonReport extends PurgeCounts {
  /** Whether the saved personal details were this person's and are gone. */
  profile: boolean;
  /**
   * Drafts left because the person is only named in them as another household member (another
   * person's application): the UI lists them so staff can decide.
   */
  mentionedIn: string[];
}

/** Who a person is for this purpose: surname, given names and birth date, normalised. */
type PersonKey = string;

const PROFILE_KEYS = ['person.familienname', 'person.vornamen', 'person.geburtsdatum'] as const;
const FIELD_IDS = PROFILE_KEYS.map(
  (key) => new Set(HARMONISED_FIELDS.find((field) => field.profileKey === key)!.ids),
);

/**
 * Deletes the draft and everything on the device about the person it is for (visible to
 * `access`): every draft whose applicant has the same surname, given names and birth date
 * (harmonised fields, compared after opening), their documents and outbox items (not while
 * being sent; see purgeDrafts), outbox items of already deleted drafts for the person, and the
 * saved personal details when they are this person's.
 */
export async function deletePerson(
  db: LotseDb,
  access: Access,
  draftId: string,
): Promise<DeletePersonReport> {
  const target = await readDraft(db, draftId, access);
  if (!target) throw new DraftNotFoundError(`draft ${draftId} not found`);
  const person = peopleIn(target.answers)[0];
  const ids = new Set([draftId]);
  const mentionedIn: string[] = [];
  if (person !== undefined) {
    for (const draft of await listDrafts(db, access)) {
      const [applicant, ...others] = peopleIn(draft.answers);
      if (applicant === person) ids.add(draft.id);
      else if (others.includes(person)) mentionedIn.push(draft.id);
    }
    // Items whose draft was deleted earlier still hold the request as it was sent.
    for (const item of await db.outbox.toArray()) {
      const answers = (item.request as { answers?: unknown } | undefined)?.answers;
      if (
        !(await db.drafts.get(item.id)) &&
        isAnswers(answers) &&
        peopleIn(answers)[0] === person
      ) {
        ids.add(item.id);
      }
    }
  }
  const counts = await purgeDrafts(db, [...ids]);
  const saved = person !== undefined && personOf(await readProfile(db, access)) === person;
  if (saved) await deleteProfile(db, access);
  return { ...counts, profile: saved, mentionedIn };
}

/**
 * Every person in the answers, in document order (the first is the applicant): each answers
 * object that holds a surname directly is one person. Persons without surname or birth date
 * cannot be told apart and are left out.
 */
function peopleIn(answers: Answers): PersonKey[] {
  const found: PersonKey[] = [];
  const values = PROFILE_KEYS.map(() => undefined as unknown);
  for (const [id, value] of Object.entries(answers)) {
    const index = FIELD_IDS.findIndex((ids) => ids.has(id));
    if (index >= 0) values[index] = value;
  }
  const own = keyOf(values);
  if (own !== undefined) found.push(own);
  for (const value of Object.values(answers)) {
    if (Array.isArray(value))
      for (const item of value) if (isAnswers(item)) found.push(...peopleIn(item));
  }
  return found;
}

/** The person the saved personal details describe, if they name one. */
function personOf(values: Record<string, unknown>): PersonKey | undefined {
  return keyOf(PROFILE_KEYS.map((key) => values[key]));
}

function keyOf([surname, givenNames, birthDate]: unknown[]): PersonKey | undefined {
  const name = normalText(surname);
  const born = normalDate(birthDate);
  if (!name || !born) return undefined;
  return JSON.stringify([name, normalText(givenNames), born]);
}

/** Case, Unicode form and spacing do not make another person. */
function normalText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** 1.4.1990, 01.04.1990 and "1990-04-01" typed as parts are the same day. */
function normalDate(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value !== 'object' || value === null) return '';
  const { day, month, year } = value as Record<string, unknown>;
  const parts = [year, month, day].map((part) => Number.parseInt(String(part), 10));
  return parts.some(Number.isNaN) ? '' : parts.join('-');
}

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
