import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { bundledForms } from '../../forms/definitions/index.ts';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { loadGermanMessages, type GermanMessages } from '../forms/messages.ts';
import { publishedFormsOf } from '../forms/published-forms.ts';
import type { Database } from '../storage/schema.ts';
import { appendChunk, readUpload, type AttachmentRef } from '../submissions/attachments.ts';
import { MAX_CHUNK_BYTES, parseContentRange } from '../submissions/content-range.ts';
import { isIdempotencyKey } from '../submissions/device-token.ts';
import { DEFAULT_LOCK_TIMEOUT_MS } from '../submissions/idempotency.ts';
import { readReceipt } from '../submissions/receipts.ts';
import {
  parseSubmissionRequest,
  SubmissionRequestError,
} from '../submissions/submission-request.ts';
import { submit, type SubmitOutcome } from '../submissions/submit.ts';
import { authenticatedDevice } from './device-auth.ts';
import { ApiError } from './errors.ts';

/** What submissionsRoutes needs; tests pass their own clock and lock timeout. */
export interface SubmissionsRoutesOptions {
  /** The migrated database. */
  db: Kysely<Database>;
  /** The definitions submissions are checked against (default: the bundled forms). */
  forms?: readonly FormDefinition[];
  /** German validation messages (default: locales/de/validation.json). */
  messages?: GermanMessages;
  /** How long an unfinished request holds its key (default 30 s). */
  lockTimeoutMs?: number;
  /** The clock (default: the system clock). */
  now?: () => Date;
  /** Accept plaintext (unencrypted) submissions: tests of the validation path only. */
  allowPlaintext?: boolean;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Routes under /api/v1/submissions: submit, status, resumable attachment upload. */
export function submissionsRoutes(options: SubmissionsRoutesOptions): Hono {
  const { db } = options;
  const context = {
    db,
    forms: publishedFormsOf(options.forms ?? bundledForms).byId,
    messages: options.messages ?? loadGermanMessages(),
    lockTimeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    now: options.now ?? (() => new Date()),
  };
  const routes = new Hono();

  routes.post('/', async (c) => {
    const key = c.req.header('Idempotency-Key');
    if (!isIdempotencyKey(key)) {
      throw new ApiError(400, 'idempotency_key', 'Send the draft id as Idempotency-Key (a UUID).');
    }
    const tokenHash = deviceTokenHash(c);
    let parsed;
    try {
      parsed = parseSubmissionRequest(await c.req.text(), {
        allowPlaintext: options.allowPlaintext === true,
      });
    } catch (error) {
      if (error instanceof SubmissionRequestError)
        throw new ApiError(400, error.code, error.message);
      throw error;
    }
    return answer(c, await submit(context, key.toLowerCase(), tokenHash, parsed));
  });

  routes.get('/:key', async (c) => {
    const tokenHash = deviceTokenHash(c);
    const receipt = await readReceipt(db, submissionKey(c), tokenHash);
    if (receipt === null) throw unknownSubmission();
    return c.json(receipt, 200, NO_STORE);
  });

  routes.get('/:key/attachments/:attachmentId', async (c) => {
    const ref = await attachmentRef(c);
    const state = await readUpload(db, ref);
    if (state === null) throw unknownAttachment();
    return c.json(state, 200, { ...NO_STORE, 'Upload-Offset': String(state.offset) });
  });

  routes.put('/:key/attachments/:attachmentId', async (c) => {
    const ref = await attachmentRef(c);
    const range = parseContentRange(c.req.header('Content-Range'));
    if (range === null) {
      throw new ApiError(400, 'content_range', 'Send Content-Range: bytes <start>-<end>/<total>.');
    }
    const bytes = Buffer.from(await c.req.arrayBuffer());
    if (bytes.length !== range.end - range.start + 1 || bytes.length > MAX_CHUNK_BYTES) {
      throw new ApiError(
        400,
        'content_range',
        'The body must hold exactly the range, at most 1 MiB.',
      );
    }
    const known = await readUpload(db, ref);
    if (known === null) throw unknownAttachment();
    if (range.total !== known.size) {
      throw new ApiError(
        400,
        'content_range',
        `The attachment was announced with ${known.size} bytes.`,
      );
    }
    const result = await appendChunk(db, ref, range.start, bytes);
    if (result === null) throw unknownAttachment();
    const headers = { ...NO_STORE, 'Upload-Offset': String(result.state.offset) };
    if (result.kind === 'offset-mismatch') {
      const message = `The upload continues at byte ${result.state.offset}.`;
      return c.json(
        { error: { code: 'offset_mismatch', message }, offset: result.state.offset },
        409,
        headers,
      );
    }
    if (result.kind === 'not-encrypted') {
      const message =
        'The document is not a compact JWE to the office key; encrypt it on the device and upload it again.';
      return c.json({ error: { code: 'not_encrypted', message }, offset: 0 }, 422, headers);
    }
    if (result.kind === 'hash-mismatch') {
      const message =
        'The bytes do not match the announced SHA-256; upload the file again from the start.';
      return c.json({ error: { code: 'hash_mismatch', message }, offset: 0 }, 422, headers);
    }
    return c.json({ offset: result.state.offset }, 200, headers);
  });

  /** The attachment addressed by the path, for the device that submitted it; 404 otherwise. */
  async function attachmentRef(c: Context): Promise<AttachmentRef> {
    const tokenHash = deviceTokenHash(c);
    const submission = await db
      .selectFrom('submissions')
      .select('id')
      .where('idempotency_key', '=', submissionKey(c))
      .where('device_token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (submission === undefined) throw unknownSubmission();
    return { submissionId: submission.id, attachmentId: c.req.param('attachmentId') ?? '' };
  }

  return routes;
}

function answer(c: Context, outcome: SubmitOutcome): Response {
  switch (outcome.kind) {
    case 'stored':
      return c.json(outcome.receipt, 201, NO_STORE);
    case 'replayed':
      return c.json(outcome.receipt, 200, { ...NO_STORE, 'Idempotent-Replayed': 'true' });
    case 'in-progress':
      throw new ApiError(
        409,
        'request_in_progress',
        'A request with this Idempotency-Key is still being processed; retry shortly.',
      );
    case 'key-reused':
      throw new ApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used for another request; use a new key for new content.',
      );
    case 'form-not-found':
      throw new ApiError(404, 'form_not_found', 'No published form has this id.');
    case 'form-version': {
      const message = `The answers belong to another version of the form; version "${outcome.currentVersion}" is current. Download the forms again and check the answers.`;
      return c.json(
        { error: { code: 'form_version', message, currentVersion: outcome.currentVersion } },
        409,
        NO_STORE,
      );
    }
    case 'invalid-answers':
      return c.json({ valid: false, errors: outcome.errors }, 422, NO_STORE);
    case 'invalid-attachments':
      throw new ApiError(422, outcome.problem.code, outcome.problem.message);
    case 'unknown-destination':
      throw new ApiError(400, 'unknown_destination', outcome.message);
  }
}

/** The token hash of the device deviceAuth authenticated (submissions are filed under it). */
function deviceTokenHash(c: Context): string {
  return authenticatedDevice(c).tokenHash;
}

function submissionKey(c: Context): string {
  const key = c.req.param('key') ?? '';
  // Not a UUID: no submission can have it; answer like any unknown key.
  if (!isIdempotencyKey(key)) throw unknownSubmission();
  return key.toLowerCase();
}

function unknownSubmission(): ApiError {
  return new ApiError(404, 'submission_not_found', 'No submission of this device has this key.');
}

function unknownAttachment(): ApiError {
  return new ApiError(
    404,
    'attachment_not_found',
    'The submission announced no attachment with this id.',
  );
}
