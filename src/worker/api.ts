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
import { validateDraft } from './form-checks.ts';
import { listDraftOverviews, readPrintView } from '../drafts/store/draft-views.ts';
import { guardStorage } from '../drafts/store/storage-guard.ts';
import type { LockedRun } from '../sync/store/drain-lock.ts';
import type { DrainSummary } from '../sync/store/drain.ts';
import type { StatusRefreshSummary } from '../sync/store/status-refresh.ts';

const outboxCode = () => import('./outbox-code.ts');

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
  /** Starts a new application, filled from the saved profile where the form asks the same. */
  async createDraft(input: { formId: string; formVersion: string; serviceId: string }) {
    const db = openDb();
    const definition = await readForm(db, input.formId);
    const prefill = definition
      ? applyPrefill(definition.elements, {}, await profile.readProfile(db))
      : undefined;
    return drafts.createDraft(db, input, prefill);
  },
  /** Saves the draft's personal details for later forms (the citizen agreed). */
  async saveProfileFromDraft(draftId: string) {
    const db = openDb();
    const draft = await drafts.readDraft(db, draftId);
    const definition = draft && (await readForm(db, draft.formId));
    return definition ? profile.saveProfileFromDraft(db, draftId, definition) : 0;
  },
  /** Whether personal details are saved for prefill. */
  hasProfile: async () => Object.keys(await profile.readProfile(openDb())).length > 0,
  /** Forgets the saved personal details. */
  deleteProfile: () => profile.deleteProfile(openDb()),
  /** Drafts with their form titles, newest change first (for the start page). */
  async listDraftSummaries() {
    const db = openDb();
    const rows = await drafts.listDrafts(db);
    return Promise.all(
      rows.map(async (draft) => ({
        id: draft.id,
        status: draft.status,
        updatedAt: draft.updatedAt,
        title: (await readForm(db, draft.formId))?.title ?? draft.formId,
      })),
    );
  },
  /** One application. */
  readDraft: (id: string) => drafts.readDraft(openDb(), id),
  /** All applications on this device, newest first. */
  listDrafts: () => drafts.listDrafts(openDb()),
  /** Saves one answer; durable when the promise resolves. */
  saveAnswer: (id: string, path: string, value: AnswerValue) =>
    drafts.saveAnswer(openDb(), id, path, value),
  /** Adds an instance to a repeatable group. */
  addGroupInstance: (id: string, path: string) => drafts.addGroupInstance(openDb(), id, path),
  /** Removes an instance of a repeatable group. */
  removeGroupInstance: (id: string, path: string, index: number) =>
    drafts.removeGroupInstance(openDb(), id, path, index),
  /** Remembers the current page of a draft. */
  savePage: (id: string, page: string) => drafts.savePage(openDb(), id, page),
  /** Marks or unmarks a page as "I don't know — ask staff". */
  setAskStaff: (id: string, page: string, marked: boolean) =>
    drafts.setAskStaff(openDb(), id, page, marked),
  /** Marks a draft ready to submit, or back to editing. */
  setDraftStatus: (id: string, status: 'editing' | 'ready') =>
    drafts.setDraftStatus(openDb(), id, status),
  /** Stores a document or photo and returns the answer that refers to it. */
  saveAttachment: (draftId: string, file: { blob: Blob; name: string; type: string }) =>
    drafts.saveAttachment(openDb(), draftId, file),
  /** Validates a draft (or one guided page of it) with the shared validation code. */
  validateDraft: (draftId: string, pagePath?: string) => validateDraft(openDb(), draftId, pagePath),
  /** Deletes a draft and its attachments. */
  deleteDraft: (id: string) => drafts.deleteDraft(openDb(), id),
  /** Every draft with title, service and progress, newest change first (start page list). */
  listDraftOverviews: () => listDraftOverviews(openDb()),
  /** A draft with its form, service name and LeiKa key, for the print view. */
  readPrintView: (draftId: string) => readPrintView(openDb(), draftId),
  /** Saves one answer; full storage or a deleted draft come back as a result, not a rejection. */
  saveAnswerSafely: (id: string, path: string, value: AnswerValue) =>
    guardStorage(() => drafts.saveAnswer(openDb(), id, path, value)),
  /** Stores a document or photo; full storage comes back as `{ ok: false, reason: 'quota' }`. */
  saveAttachmentSafely: (draftId: string, file: { blob: Blob; name: string; type: string }) =>
    guardStorage(() => drafts.saveAttachment(openDb(), draftId, file)),
  /** Puts a draft into the outbox (a second call for the same draft changes nothing). */
  async enqueueSubmission(draftId: string) {
    const db = openDb();
    const draft = await drafts.readDraft(db, draftId);
    const definition = draft && (await readForm(db, draft.formId));
    if (!definition) throw new drafts.DraftNotFoundError(`draft ${draftId} or its form is gone`);
    const { enqueueSubmission } = await outboxCode();
    return enqueueSubmission(db, draftId, definition);
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
  /** Every outbox item (state, receipt, upload progress), oldest first. */
  listOutbox: () => openDb().outbox.orderBy('createdAt').toArray(),
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
  /** Builds or loads the search index ahead of the first keystroke. */
  async prepareSearch(): Promise<boolean> {
    return (await searchForStoredCatalogue(openDb())) !== undefined;
  },
};

/** The API type the page imports (as a type only). */
export type WorkerApi = typeof api;
