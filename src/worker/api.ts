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
import type { AnswerValue } from '../forms/model/form-definition.ts';

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
  /** Starts a new application. */
  createDraft: (input: { formId: string; formVersion: string; serviceId: string }) =>
    drafts.createDraft(openDb(), input),
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
  /** Remembers the current step of a draft. */
  saveStep: (id: string, step: number) => drafts.saveStep(openDb(), id, step),
  /** Marks a draft ready to submit, or back to editing. */
  setDraftStatus: (id: string, status: 'editing' | 'ready') =>
    drafts.setDraftStatus(openDb(), id, status),
  /** Stores a document or photo and returns the answer that refers to it. */
  saveAttachment: (draftId: string, file: { blob: Blob; name: string; type: string }) =>
    drafts.saveAttachment(openDb(), draftId, file),
  /** Deletes a draft and its attachments. */
  deleteDraft: (id: string) => drafts.deleteDraft(openDb(), id),
  /** Builds or loads the search index ahead of the first keystroke. */
  async prepareSearch(): Promise<boolean> {
    return (await searchForStoredCatalogue(openDb())) !== undefined;
  },
};

/** The API type the page imports (as a type only). */
export type WorkerApi = typeof api;
