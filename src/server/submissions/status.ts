/**
 * The office's side of a submission's life: moving a stored submission through in-progress,
 * needs-information and decided, with a short note for the citizen. The submitting device reads
 * the result with GET /api/v1/submissions/{key}.
 */
import type { Kysely } from 'kysely';
import type { SubmissionStatus } from '../../shared/submission.ts';
import type { Database } from '../storage/schema.ts';
import { isValidReference } from './reference.ts';

/** The statuses the office sets; `received` and `awaiting-attachments` come from the device. */
export const OFFICE_STATUSES = ['in-progress', 'decided', 'needs-information'] as const;

/** A status the office may set. */
export type OfficeStatus = (typeof OFFICE_STATUSES)[number];

/** Longest note the office may leave with a status change, in characters. */
export const MAX_STATUS_NOTE_LENGTH = 500;

/**
 * Where each status may go. Nothing goes back to `received`; `decided` is final; a submission
 * still waiting for documents is not with the office yet. A second `needs-information` replaces
 * the question.
 */
const NEXT: Record<SubmissionStatus, readonly OfficeStatus[]> = {
  'awaiting-attachments': [],
  received: ['in-progress', 'decided', 'needs-information'],
  'in-progress': ['decided', 'needs-information'],
  'needs-information': ['in-progress', 'decided', 'needs-information'],
  decided: [],
};

/** Why a status change was refused. */
export type StatusChangeCode =
  | 'invalid_reference'
  | 'unknown_reference'
  | 'invalid_status'
  | 'invalid_note'
  | 'awaiting_attachments'
  | 'not_allowed'
  | 'conflict';

/** A status change that cannot be made; the message says what to do instead. */
export class StatusChangeError extends Error {
  override name = 'StatusChangeError';
  constructor(
    /** Machine code. */
    readonly code: StatusChangeCode,
    message: string,
  ) {
    super(message);
  }
}

/** A checked request to change a status. */
export interface StatusChangeRequest {
  /** The reference number, normalised (upper case, no spaces). */
  reference: string;
  /** The new status. */
  status: OfficeStatus;
  /** The note, trimmed; null without one. */
  note: string | null;
}

/** What changed. */
export interface StatusChanged {
  /** Server id of the submission. */
  id: string;
  /** Its reference number. */
  reference: string;
  /** The status before. */
  from: SubmissionStatus;
  /** The status now. */
  to: OfficeStatus;
  /** The note now (null: none). */
  note: string | null;
  /** When (ISO 8601). */
  changedAt: string;
}

/** True for a status the office may set. */
export function isOfficeStatus(value: string): value is OfficeStatus {
  return (OFFICE_STATUSES as readonly string[]).includes(value);
}

/**
 * Checks the words typed at the office before the database is opened: a reference whose check
 * character matches, a status the office may set, a note of at most 500 characters.
 */
export function checkStatusRequest(
  reference: string,
  status: string,
  note?: string,
): StatusChangeRequest {
  const normalised = reference.trim().toUpperCase();
  if (!isValidReference(normalised)) {
    throw new StatusChangeError(
      'invalid_reference',
      `"${reference}" is not a reference number (LT-XXXX-XXXX-C with a matching check character); copy it from the citizen's receipt.`,
    );
  }
  if (status === 'received' || status === 'awaiting-attachments') {
    throw new StatusChangeError(
      'not_allowed',
      `"${status}" comes from the device when the application arrives; nothing goes back to it. Use one of ${OFFICE_STATUSES.join(', ')}.`,
    );
  }
  if (!isOfficeStatus(status)) {
    throw new StatusChangeError(
      'invalid_status',
      `"${status}" is not a status the office sets; use one of ${OFFICE_STATUSES.join(', ')}.`,
    );
  }
  return { reference: normalised, status, note: checkNote(note) };
}

function checkNote(note: string | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text === '') return null;
  if ([...text].length > MAX_STATUS_NOTE_LENGTH) {
    throw new StatusChangeError(
      'invalid_note',
      `The note has ${[...text].length} characters; shorten it to at most ${MAX_STATUS_NOTE_LENGTH}.`,
    );
  }
  // Line breaks and tabs are fine; other control characters would garble the device's display.
  if ([...text].some(isControlCharacter)) {
    throw new StatusChangeError('invalid_note', 'The note contains control characters; retype it.');
  }
  return text;
}

/** How often a change is retried when another one changed the row between read and write. */
const TRIES = 3;

/**
 * Sets the status (and note; none clears the old one) of the submission with this reference.
 * A compare-and-set on the old status keeps concurrent changes (another office process, the
 * last document arriving) from overwriting each other unseen.
 */
export async function changeSubmissionStatus(
  db: Kysely<Database>,
  request: StatusChangeRequest,
  now: Date,
): Promise<StatusChanged> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const row = await db
      .selectFrom('submissions')
      .select(['id', 'reference', 'status'])
      .where('reference', '=', request.reference)
      .executeTakeFirst();
    if (row === undefined) {
      throw new StatusChangeError(
        'unknown_reference',
        `No submission has the reference number ${request.reference}; check the number and the server's DATA_DIR / DATABASE_URL.`,
      );
    }
    const from = row.status as SubmissionStatus;
    refuseUnlessAllowed(request.reference, from, request.status);
    const changedAt = now.toISOString();
    const changed = await db
      .updateTable('submissions')
      .set({ status: request.status, status_note: request.note, status_changed_at: changedAt })
      .where('id', '=', row.id)
      .where('status', '=', from)
      .returning('id')
      .executeTakeFirst();
    if (changed !== undefined) {
      return {
        id: row.id,
        reference: row.reference,
        from,
        to: request.status,
        note: request.note,
        changedAt,
      };
    }
  }
  throw new StatusChangeError(
    'conflict',
    `The status of ${request.reference} keeps changing meanwhile; try again.`,
  );
}

function refuseUnlessAllowed(reference: string, from: SubmissionStatus, to: OfficeStatus): void {
  if (NEXT[from].includes(to)) return;
  if (from === 'awaiting-attachments') {
    throw new StatusChangeError(
      'awaiting_attachments',
      `${reference} is still waiting for its documents from the device; change its status once they have arrived.`,
    );
  }
  const allowed = NEXT[from];
  throw new StatusChangeError(
    'not_allowed',
    `${reference} is "${from}" and cannot become "${to}"; ` +
      (allowed.length ? `it can become ${allowed.join(', ')}.` : 'a decided submission is final.'),
  );
}

function isControlCharacter(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code < 0x20 && char !== '\n' && char !== '\t') || code === 0x7f;
}
