import type { DraftRow, LotseDb, OutboxRow, OutboxState } from '../../db/database.ts';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import type { SubmissionStatus } from '../../shared/submission.ts';
import { readForm } from '../../forms/store/forms-store.ts';
import { OPEN, type Access } from '../../security/access.ts';
import { draftProgress, type DraftProgress } from '../draft-progress.ts';
import { listDrafts, readDraft } from './drafts-store.ts';

/** One entry of the start page's drafts list. */
export interface DraftOverview {
  /** Draft id (for /draft/<id>). */
  id: string;
  /** Form id (the page looks up the title's translation). */
  formId: string;
  /** Service id (the page looks up the service name's translation). */
  serviceId: string;
  /** Form title (German), or the form id when the form is no longer on the device. */
  title: string;
  /** Name of the catalogue service applied for (German), when it differs from the title. */
  serviceName: string | null;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Where the draft stands; null when its form is no longer on the device. */
  progress: DraftProgress | null;
  /** Sending: absent until handed to the outbox, then its state and the reference once sent. */
  sending: SendingView | null;
  /** When retention flagged the draft as stale (epoch ms): warn that it will be deleted. */
  staleSince?: number;
}

/** Where a handed-over application is, as the drafts list shows it. */
export interface SendingView {
  /** The outbox state. */
  state: OutboxState;
  /** The office's reference number, once it confirmed the submission. */
  reference: string | null;
  /** Bytes of the documents the server confirmed, of their total; null without documents. */
  upload: { sent: number; total: number } | null;
  /** Once sent: the office's status and its note (null: none). */
  office: { status: SubmissionStatus; note: string | null } | null;
}

/** What the drafts list shows of an outbox item. */
export function sendingView(row: OutboxRow): SendingView {
  const receipt = row.receipt;
  return {
    state: row.state,
    reference: receipt?.reference ?? null,
    upload: uploadOf(row),
    office:
      row.state === 'sent' && receipt
        ? { status: receipt.status, note: receipt.statusNote ?? null }
        : null,
  };
}

/**
 * Confirmed bytes of the item's documents: an attachment the stored receipt no longer misses
 * counts whole, any other as far as the server confirmed it (`uploaded`).
 */
function uploadOf(row: OutboxRow): SendingView['upload'] {
  const announced = row.request.attachments;
  if (announced.length === 0) return null;
  const missing = new Set(row.receipt?.missingAttachments ?? announced.map(({ id }) => id));
  let sent = 0;
  let total = 0;
  for (const { id, size } of announced) {
    total += size;
    const done = row.state === 'sent' || !missing.has(id);
    sent += done ? size : Math.min(size, row.uploaded[id] ?? 0);
  }
  return { sent, total };
}

/** The catalogue service a draft applies for: its name and LeiKa key, if stored. */
async function serviceOf(db: LotseDb, serviceId: string) {
  const service = await db.catalogueServices.get(serviceId);
  return {
    name: service?.name ?? null,
    // A service id is its LeiKa key unless the catalogue says otherwise (x-… ids have none).
    leikaKey: service ? service.leikaKey : /^\d{14}$/.test(serviceId) ? serviceId : null,
  };
}

/** Every draft `access` may see with title and progress, newest change first. */
export async function listDraftOverviews(
  db: LotseDb,
  access: Access = OPEN,
): Promise<DraftOverview[]> {
  const drafts = await listDrafts(db, access);
  const forms = new Map<string, Promise<FormDefinition | undefined>>();
  return Promise.all(
    drafts.map(async (draft): Promise<DraftOverview> => {
      if (!forms.has(draft.formId)) forms.set(draft.formId, readForm(db, draft.formId));
      const form = await forms.get(draft.formId);
      const { name } = await serviceOf(db, draft.serviceId);
      const title = form?.title ?? draft.formId;
      const outbox = await db.outbox.get(draft.id);
      return {
        id: draft.id,
        formId: draft.formId,
        serviceId: draft.serviceId,
        title,
        serviceName: name && name !== title ? name : null,
        updatedAt: draft.updatedAt,
        progress: form ? draftProgress(form, draft) : null,
        sending: outbox ? sendingView(outbox) : null,
        staleSince: draft.staleSince,
      };
    }),
  );
}

/** What the print view of a draft needs. */
export interface PrintView {
  /** The draft. */
  draft: DraftRow;
  /** Its form definition. */
  form: FormDefinition;
  /** The catalogue service applied for (German name), if it is in the stored catalogue. */
  serviceName: string | null;
  /** The service's LeiKa key; else the form's first one; null when neither is known. */
  leikaKey: string | null;
  /** The office's receipt once the application was sent: reference number and time. */
  receipt: { reference: string; receivedAt: string } | null;
}

/** A draft with its form and service for printing, or undefined when either is missing. */
export async function readPrintView(
  db: LotseDb,
  draftId: string,
  access: Access = OPEN,
): Promise<PrintView | undefined> {
  const draft = await readDraft(db, draftId, access);
  const form = draft && (await readForm(db, draft.formId));
  if (!draft || !form) return undefined;
  const service = await serviceOf(db, draft.serviceId);
  const receipt = (await db.outbox.get(draftId))?.receipt;
  return {
    draft,
    form,
    serviceName: service.name,
    leikaKey: service.leikaKey ?? form.leikaKeys[0] ?? null,
    receipt: receipt ? { reference: receipt.reference, receivedAt: receipt.receivedAt } : null,
  };
}
