import { openDb } from '../db/database.ts';
import {
  listThemenfelder,
  readCatalogueMeta,
  readGroupView,
  readServiceView,
} from '../catalogue/store/catalogue-store.ts';
import { syncCatalogue, type CatalogueProgress } from '../catalogue/store/catalogue-sync.ts';
import { searchForStoredCatalogue } from './search-cache.ts';
import { formForService, readForm, syncForms } from '../forms/store/forms-store.ts';
import * as drafts from '../drafts/store/drafts-store.ts';
import * as profile from '../drafts/store/profile-store.ts';
import { applyPrefill } from '../forms/model/prefill.ts';
import type { AnswerValue } from '../forms/model/form-definition.ts';
import type { DraftConsent } from '../db/database.ts';
import { validateDraft } from './form-checks.ts';
import { listDraftOverviews, readPrintView } from '../drafts/store/draft-views.ts';
import { guardStorage } from '../drafts/store/storage-guard.ts';
import type { LockedRun } from '../sync/store/drain-lock.ts';
import type { DrainSummary } from '../sync/store/drain.ts';
import type { StatusRefreshSummary } from '../sync/store/status-refresh.ts';
import type { ProfileSession, SessionState } from '../security/store/session.ts';
import type { NewProfile } from '../security/store/profiles.ts';
import type { RetentionOptions, RetentionReport } from '../drafts/store/retention.ts';
import { hasProfiles } from '../security/store/profile-rows.ts';
import { OPEN, type Access } from '../security/access.ts';
import { LockedError } from '../security/errors.ts';

const outboxCode = () => import('./outbox-code.ts');

/** Why a draft cannot go into the outbox as it is (see SubmissionBuildError). */
export type SubmissionProblem = 'no-destination' | 'document-missing' | 'wrong-form';
const securityCode = () => import('./security-code.ts');

let session: ProfileSession | undefined;
/** The worker's one session: at most one unlocked profile, its key in memory only. */
async function vault(): Promise<ProfileSession> {
  const { ProfileSession } = await securityCode();
  return (session ??= new ProfileSession(openDb()));
}
/** How draft code may read and write now; null while locked (lists then answer empty). */
async function tryAccess(): Promise<Access | null> {
  if (session) return session.tryAccess();
  // No session in this worker yet, so nothing is unlocked here: open or locked.
  return (await hasProfiles(openDb())) ? null : OPEN;
}
/** Access for a draft operation: LockedError while profiles exist and none is unlocked. */
async function access(): Promise<Access> {
  const found = await tryAccess();
  if (!found) throw new LockedError();
  return found;
}

const DAY_MS = 24 * 60 * 60 * 1000;
let retentionTimer: ReturnType<typeof setInterval> | undefined;

/** The worker's API: catalogue storage, download and search run here, off the main thread. */
export const api = {
  /** Which catalogue the device holds, if any. */
  catalogueStatus: () => readCatalogueMeta(openDb()),
  /** Checks the server for a newer catalogue; progress is reported while downloading. */
  syncCatalogue: (onProgress?: (progress: CatalogueProgress) => void) =>
    syncCatalogue(openDb(), onProgress ? { onProgress } : {}),
  /** Top level of the browse tree. */
  listThemenfelder: () => listThemenfelder(openDb()),
  /** A group with its path, children and services. */
  readGroupView: (id: string) => readGroupView(openDb(), id),
  /** A service with its path and related services. */
  readServiceView: (id: string) => readServiceView(openDb(), id),
  /** Ranked services for what the user typed. */
  async search(query: string, limit = 20) {
    const search = await searchForStoredCatalogue(openDb());
    return search ? search.search(query, { limit }) : [];
  },
  /** Checks the server for newer form definitions. */
  syncForms: () => syncForms(openDb()),
  /** The form that applies for a service, if any (id, title, version). */
  formForService: (leikaKey: string) => formForService(openDb(), leikaKey),
  /** A stored form definition. */
  readForm: (id: string) => readForm(openDb(), id),
  /** The profiles of this device for the lock screen (no secrets), oldest first. */
  listProfiles: async () => (await vault()).listProfiles(),
  /** Creates a staff or citizen profile (PIN checked) and unlocks it. */
  createProfile: async (input: NewProfile) => (await vault()).createProfile(input),
  /** Removes the unlocked profile with all its data. */
  removeProfile: async (id: string) => (await vault()).removeProfile(id),
  /** Tries a PIN: unlocked, 'wait' (delay), 'wrong' (tries left, warn), or 'wiped'. */
  unlock: async (profileId: string, pin: string) => (await vault()).unlock(profileId, pin),
  /** Forgets the key (auto-lock, "lock" button). */
  lock: () => session?.lock(),
  /** 'open' (no profiles), 'locked', or the unlocked profile. */
  async sessionState(): Promise<SessionState> {
    // An open device answers without loading the key derivation code.
    if (!session && !(await hasProfiles(openDb()))) return { state: 'open' };
    return (await vault()).state();
  },
  /** 'staff' once an enrollment code made this a staff tablet, 'citizen', or null (no credential). */
  async deviceKind(): Promise<'staff' | 'citizen' | null> {
    const row = await openDb().deviceMeta.get('device');
    return row?.deviceId && row.kind ? row.kind : null;
  },
  /** Applies the retention rules now and then daily while the worker lives; ids of what changed. */
  async applyRetention(options?: RetentionOptions): Promise<RetentionReport> {
    const run = async () => {
      const db = openDb();
      // Nothing stored (most first visits): no need to load the retention code at all.
      if ((await db.drafts.count()) + (await db.outbox.count()) === 0) {
        return { deletedSent: [], flagged: [], deletedStale: [], unflagged: [] };
      }
      const { applyRetention } = await securityCode();
      return applyRetention(db, Date.now(), options);
    };
    retentionTimer ??= setInterval(() => void run(), DAY_MS);
    return run();
  },
  /** Deletes a draft and everything else on the device about the person it is for. */
  async deletePerson(draftId: string) {
    const { deletePerson } = await securityCode();
    return deletePerson(openDb(), await access(), draftId);
  },
  /** Starts a new application, filled from the saved profile where the form asks the same. */
  async createDraft(input: { formId: string; formVersion: string; serviceId: string }) {
    const db = openDb();
    const as = await access();
    const definition = await readForm(db, input.formId);
    const prefill = definition
      ? applyPrefill(definition.elements, {}, await profile.readProfile(db, as))
      : undefined;
    return drafts.createDraft(db, input, prefill, as);
  },
  /** Saves the draft's personal details for later forms (the citizen agreed). */
  async saveProfileFromDraft(draftId: string) {
    const db = openDb();
    const as = await access();
    const draft = await drafts.readDraft(db, draftId, as);
    const definition = draft && (await readForm(db, draft.formId));
    return definition ? profile.saveProfileFromDraft(db, draftId, definition, as) : 0;
  },
  /** Whether personal details are saved for prefill (false while locked). */
  async hasProfile() {
    const as = await tryAccess();
    return as !== null && Object.keys(await profile.readProfile(openDb(), as)).length > 0;
  },
  /** Forgets the saved personal details. */
  deleteProfile: async () => profile.deleteProfile(openDb(), await access()),
  /** Drafts with their form titles, newest change first (for the start page; none while locked). */
  async listDraftSummaries() {
    const db = openDb();
    const as = await tryAccess();
    const rows = as ? await drafts.listDrafts(db, as) : [];
    return Promise.all(
      rows.map(async (draft) => ({
        id: draft.id,
        status: draft.status,
        updatedAt: draft.updatedAt,
        title: (await readForm(db, draft.formId))?.title ?? draft.formId,
      })),
    );
  },
  /** One application (LockedError while locked; undefined when it is another profile's). */
  readDraft: async (id: string) => drafts.readDraft(openDb(), id, await access()),
  /** All applications of the unlocked profile (or of an open device), newest first. */
  async listDrafts() {
    const as = await tryAccess();
    return as ? drafts.listDrafts(openDb(), as) : [];
  },
  /** Saves one answer; durable when the promise resolves. */
  saveAnswer: async (id: string, path: string, value: AnswerValue) =>
    drafts.saveAnswer(openDb(), id, path, value, await access()),
  /** Adds an instance to a repeatable group. */
  addGroupInstance: async (id: string, path: string) =>
    drafts.addGroupInstance(openDb(), id, path, await access()),
  /** Removes an instance of a repeatable group. */
  removeGroupInstance: async (id: string, path: string, index: number) =>
    drafts.removeGroupInstance(openDb(), id, path, index, await access()),
  /** Remembers the current page of a draft. */
  savePage: async (id: string, page: string) => drafts.savePage(openDb(), id, page, await access()),
  /** Marks or unmarks a page as "I don't know — ask staff". */
  setAskStaff: async (id: string, page: string, marked: boolean) =>
    drafts.setAskStaff(openDb(), id, page, marked, await access()),
  /** Records the citizen's consent with the draft (staff mode, before the first question). */
  recordConsent: async (id: string, consent: Omit<DraftConsent, 'at'>) =>
    drafts.recordConsent(openDb(), id, { ...consent, at: Date.now() }, await access()),
  /** Marks a draft ready to submit, or back to editing. */
  setDraftStatus: async (id: string, status: 'editing' | 'ready') =>
    drafts.setDraftStatus(openDb(), id, status, await access()),
  /** Stores a document or photo and returns the answer that refers to it. */
  saveAttachment: async (draftId: string, file: { blob: Blob; name: string; type: string }) =>
    drafts.saveAttachment(openDb(), draftId, file, await access()),
  /** Validates a draft (or one guided page of it) with the shared validation code. */
  validateDraft: async (draftId: string, pagePath?: string) =>
    validateDraft(openDb(), draftId, pagePath, await access()),
  /** Deletes a draft and its attachments. */
  deleteDraft: async (id: string) => drafts.deleteDraft(openDb(), id, await access()),
  /** Every draft with title, service and progress, newest change first (none while locked). */
  async listDraftOverviews() {
    const as = await tryAccess();
    return as ? listDraftOverviews(openDb(), as) : [];
  },
  /** A draft with its form, service name and LeiKa key, for the print view. */
  readPrintView: async (draftId: string) => readPrintView(openDb(), draftId, await access()),
  /** Saves one answer; full storage or a deleted draft come back as a result, not a rejection. */
  saveAnswerSafely: async (id: string, path: string, value: AnswerValue) => {
    const as = await access();
    return guardStorage(() => drafts.saveAnswer(openDb(), id, path, value, as));
  },
  /** Stores a document or photo; full storage comes back as `{ ok: false, reason: 'quota' }`. */
  saveAttachmentSafely: async (
    draftId: string,
    file: { blob: Blob; name: string; type: string },
  ) => {
    const as = await access();
    return guardStorage(() => drafts.saveAttachment(openDb(), draftId, file, as));
  },
  /** Puts a draft into the outbox (a second call for the same draft changes nothing). */
  async enqueueSubmission(draftId: string) {
    const db = openDb();
    const as = await access();
    const draft = await drafts.readDraft(db, draftId, as);
    const definition = draft && (await readForm(db, draft.formId));
    if (!definition) throw new drafts.DraftNotFoundError(`draft ${draftId} or its form is gone`);
    const { enqueueSubmission } = await outboxCode();
    try {
      // Opened before the outbox's transaction: Web Crypto would end it.
      await enqueueSubmission(db, draftId, definition, undefined, drafts.openedDraftSource(db, as));
      return { ok: true } as const;
    } catch (error) {
      // Comlink keeps only an error's message: the reason travels as a result instead.
      const reason = (error as { name?: string; reason?: SubmissionProblem }).reason;
      if ((error as Error).name === 'SubmissionBuildError' && reason) {
        return { ok: false, reason } as const;
      }
      throw error;
    }
  },
  /** Sends due outbox items unless another tab or the service worker is already sending. */
  async drainOutbox(): Promise<LockedRun<DrainSummary>> {
    const db = openDb();
    if ((await db.outbox.where('state').anyOf('queued', 'sending').count()) === 0) {
      return { ran: true, value: { sent: 0, failed: 0, waiting: 0, nextAttemptAt: null } };
    }
    const { drainOutbox, withDrainLock } = await outboxCode();
    return withDrainLock(() => drainOutbox(db, { baseUrl: self.location.origin }));
  },
  /** The outbox items of the drafts one may see (state, receipt, upload progress), oldest first. */
  async listOutbox() {
    const db = openDb();
    const as = await tryAccess();
    if (!as) return [];
    const rows = await db.outbox.orderBy('createdAt').toArray();
    if (as.mode === 'open') return rows;
    const own = new Set(
      await db.drafts.filter((draft) => draft.ownerId === as.profileId).primaryKeys(),
    );
    return rows.filter((row) => own.has(row.id));
  },
  /** Asks the office's status of sent applications that are due, unless another realm does. */
  async refreshSubmissionStatus(): Promise<LockedRun<StatusRefreshSummary>> {
    const db = openDb();
    if ((await db.outbox.where('state').equals('sent').count()) === 0) {
      return { ran: true, value: { checked: 0, changed: 0 } };
    }
    const { refreshSubmissionStatus, withDrainLock, STATUS_LOCK } = await outboxCode();
    return withDrainLock(
      () => refreshSubmissionStatus(db, { baseUrl: self.location.origin }),
      undefined,
      STATUS_LOCK,
    );
  },
  /**
   * Exchanges an administrator's enrollment code for a staff credential of this device (the
   * token stays in the worker); resolves `{ ok: false, code }` when the server refused it.
   */
  async enrollDevice(code: string) {
    const { enrollDevice } = await import('../sync/store/device-token.ts');
    return enrollDevice(openDb(), code, { baseUrl: self.location.origin });
  },
  /** Builds or loads the search index ahead of the first keystroke. */
  async prepareSearch(): Promise<boolean> {
    return (await searchForStoredCatalogue(openDb())) !== undefined;
  },
};

/** The API type the page imports (as a type only). */
export type WorkerApi = typeof api;
