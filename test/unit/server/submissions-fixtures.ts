/** Shared helpers of the submission API tests: a valid Wohnsitz-Anmeldung with one real document. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appPerTest, type OpenedApp, type TestDialect } from '../../support/server.ts';
import type { Answers, FileAnswer } from '../../../src/forms/model/form-definition.ts';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { todayInGermany } from '../../../src/server/forms/check-answers.ts';
import type {
  PlaintextSubmissionRequest,
  SubmissionReceipt,
} from '../../../src/shared/submission.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { hashDeviceToken } from '../../../src/server/submissions/device-token.ts';
import { wohnsitzAnswers } from '../../support/authored-answers.ts';

/** The form every test submits. */
export const WOHNSITZ = bundledForms.find((form) => form.id === 'lotse-wohnsitz-anmeldung')!;

/** A fresh device token (32 random bytes, base64url); trustDevice makes the server know it. */
export function deviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stores `token` as a known citizen device, as POST /api/v1/devices would; returns the id. */
export async function trustDevice(db: Kysely<Database>, token: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('devices')
    .values({
      id,
      kind: 'citizen',
      label: null,
      token_hash: hashDeviceToken(token),
      created_at: new Date().toISOString(),
      revoked_at: null,
      last_seen_at: null,
    })
    .execute();
  return id;
}

/** The token of a new device the server knows (another device than the test's own). */
export async function knownDevice(db: Kysely<Database>): Promise<string> {
  const token = deviceToken();
  await trustDevice(db, token);
  return token;
}

/** Registers a citizen device over HTTP (POST /api/v1/devices {}) and returns its token. */
export async function registerDevice(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/devices`, { method: 'POST', body: '{}' });
  if (response.status !== 201) throw new Error(`registration answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** The Authorization header of a device token. */
export function auth(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/**
 * A plaintext submission with one attachment of `bytes`, ready to POST to a server that allows
 * plaintext (tests of the validation path), and the bytes to upload.
 */
export interface Prepared {
  /** The Idempotency-Key. */
  key: string;
  /** The body. */
  request: PlaintextSubmissionRequest;
  /** The document's bytes. */
  bytes: Buffer;
}

/** What the upload helpers need: the key, the announced attachment and its bytes (any request). */
export interface Uploadable {
  /** The Idempotency-Key. */
  key: string;
  /** The request's manifest. */
  request: { attachments: { id: string; size: number }[] };
  /** The bytes to upload (the document, or its ciphertext). */
  bytes: Buffer;
}

/** A valid Wohnsitz-Anmeldung whose landlord's confirmation is `size` random bytes. */
export function prepareSubmission(size = 2.5 * 1024 * 1024): Prepared {
  const bytes = randomBytes(size);
  const file: FileAnswer = {
    attachmentId: `att-${randomUUID()}`,
    name: 'wohnungsgeberbestaetigung.jpg',
    type: 'image/jpeg',
    size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const answers: Answers = {
    ...wohnsitzAnswers(todayInGermany()),
    G_lotse_nachweise: [{ F_lotse_wohnungsgeberbestaetigung: file }],
  };
  return {
    key: randomUUID(),
    bytes,
    request: {
      formId: WOHNSITZ.id,
      formVersion: WOHNSITZ.version,
      serviceId: '99115001000000',
      answers,
      attachments: [{ id: file.attachmentId, type: file.type, size, sha256: file.sha256 }],
    },
  };
}

/** A parsed JSON answer of the API. */
export interface Reply {
  status: number;
  headers: Headers;
  body: SubmissionReceipt & {
    error?: { code: string };
    offset?: number;
    valid?: boolean;
    errors?: unknown[];
  };
}

/** Sends a request and reads its JSON answer (asserting it is JSON). */
export async function call(url: string, init: RequestInit): Promise<Reply> {
  const response = await fetch(url, init);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) throw new Error(`not JSON: ${response.status} ${type}`);
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Reply['body'],
  };
}

/** POST /api/v1/submissions. */
export function postSubmission(
  base: string,
  key: string | null,
  token: string | null,
  body: unknown,
): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers['Idempotency-Key'] = key;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return call(`${base}/api/v1/submissions`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
}

/** PUT one chunk of an attachment. */
export function putChunk(
  base: string,
  prepared: Uploadable,
  token: string,
  start: number,
  end: number,
  bytes: Buffer = prepared.bytes,
): Promise<Reply> {
  const attachment = prepared.request.attachments[0]!;
  return call(`${base}/api/v1/submissions/${prepared.key}/attachments/${attachment.id}`, {
    method: 'PUT',
    headers: {
      ...auth(token),
      'Content-Range': `bytes ${start}-${end - 1}/${attachment.size}`,
      'Content-Type': 'application/octet-stream',
    },
    body: Uint8Array.from(bytes.subarray(start, end)),
  });
}

/** Uploads the whole attachment in 1 MiB chunks from `from`; returns the last reply. */
export async function uploadFrom(
  base: string,
  prepared: Uploadable,
  token: string,
  from = 0,
  bytes: Buffer = prepared.bytes,
): Promise<Reply> {
  let reply: Reply | undefined;
  for (let start = from; start < bytes.length; start += 1024 * 1024) {
    reply = await putChunk(
      base,
      prepared,
      token,
      start,
      Math.min(start + 1024 * 1024, bytes.length),
      bytes,
    );
    if (reply.status !== 200) return reply;
  }
  return reply!;
}

/**
 * A fresh database and a listening app (plaintext submissions allowed, for the validation and
 * upload tests) per test, with `token` registered as a device; closed and deleted after it.
 */
export function plaintextAppPerTest(
  dialect: TestDialect,
  token: string,
  use: (opened: OpenedApp) => void,
): void {
  appPerTest(
    dialect,
    async (opened) => {
      await trustDevice(opened.db, token);
      use(opened);
    },
    { allowPlaintextSubmissions: true },
  );
}
