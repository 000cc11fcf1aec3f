import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { todayInGermany } from '../../../src/server/forms/check-answers.ts';
import { loadGermanMessages } from '../../../src/server/forms/messages.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { hashDeviceToken } from '../../../src/server/submissions/device-token.ts';
import { isValidReference } from '../../../src/server/submissions/reference.ts';
import { parseSubmissionRequest } from '../../../src/server/submissions/submission-request.ts';
import { validateForm } from '../../../src/validation/index.ts';
import { officeDocument } from '../../../src/forms/office-document.ts';
import { testDialects } from '../../support/server.ts';
import type { Listening } from '../../support/server.ts';
import {
  auth,
  call,
  deviceToken,
  knownDevice,
  postSubmission,
  prepareSubmission,
  plaintextAppPerTest,
  WOHNSITZ,
} from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`submission API on postgres: ${skipped}`, () => undefined);

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'submission API on %s',
  (_, dialect) => {
    let db: Kysely<Database>;
    let server: Listening;
    const token = deviceToken();
    plaintextAppPerTest(dialect, token, (opened) => ({ db, server } = opened));

    it('stores a valid application and answers 201 with a receipt naming the missing document', async () => {
      const { key, request } = prepareSubmission(1000);
      const reply = await postSubmission(server.url, key, token, request);
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        idempotencyKey: key,
        serviceId: request.serviceId,
        formId: WOHNSITZ.id,
        status: 'awaiting-attachments',
        missingAttachments: [request.attachments[0]!.id],
      });
      expect(isValidReference(reply.body.reference)).toBe(true);
      expect(Date.parse(reply.body.receivedAt)).not.toBeNaN();
      expect(await db.selectFrom('submissions').select('id').execute()).toEqual([
        { id: reply.body.id },
      ]);
    });

    it("keeps the office's German copy sent with the answers, and refuses a malformed one", async () => {
      const { key, request } = prepareSubmission(1000);
      const document = officeDocument(WOHNSITZ, request.answers);
      const reply = await postSubmission(server.url, key, token, { ...request, document });
      expect(reply.status).toBe(201);
      const row = await db
        .selectFrom('submissions')
        .select('document_json')
        .where('id', '=', reply.body.id)
        .executeTakeFirstOrThrow();
      const stored = JSON.parse(row.document_json!) as typeof document;
      expect(stored.title).toBe('Wohnung anmelden');
      expect(JSON.stringify(stored)).toContain(
        '"label":"Wann sind Sie in die Wohnung eingezogen?"',
      );

      const broken = { ...request, document: { language: 'ar', title: 'x', sections: [] } };
      const refused = await postSubmission(server.url, randomUUID(), token, broken);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('language \\"de\\"');
    });

    it('refuses an application whose required document is missing', async () => {
      const { key, request } = prepareSubmission(1000);
      const form = { ...request, formId: 'lotse-wohnsitz-anmeldung', attachments: [] };
      form.answers = { ...form.answers, G_lotse_nachweise: [{}] };
      const reply = await postSubmission(server.url, key, token, form);
      // The landlord's confirmation is required, so the form refuses to go without it.
      expect(reply.status).toBe(422);
      expect(reply.body.valid).toBe(false);
    });

    it('answers a retry with the same receipt, also when the first answer was lost', async () => {
      const { key, request } = prepareSubmission(1000);
      // The "lost" answer: sent and committed, but the client never reads it.
      void (await fetch(`${server.url}/api/v1/submissions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
          ...auth(token),
        },
        body: JSON.stringify(request),
      }));
      const first = await postSubmission(server.url, key, token, request);
      const second = await postSubmission(server.url, key, token, request);
      expect(first.status).toBe(200);
      expect(first.headers.get('idempotent-replayed')).toBe('true');
      expect(second.body).toEqual(first.body);
      expect(await db.selectFrom('submissions').select('id').execute()).toHaveLength(1);
    });

    it('treats a retry with reordered keys as the same payload', async () => {
      const { key, request } = prepareSubmission(1000);
      const first = await postSubmission(server.url, key, token, request);
      const reordered = Object.fromEntries(Object.entries(request).reverse());
      const again = await postSubmission(server.url, key, token, reordered);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
    });

    it('refuses the same key with different content with 422 and stores nothing new', async () => {
      const { key, request } = prepareSubmission(1000);
      await postSubmission(server.url, key, token, request);
      const changed = { ...request, serviceId: '99115001001000' };
      const reply = await postSubmission(server.url, key, token, changed);
      expect(reply.status).toBe(422);
      expect(reply.body.error?.code).toBe('idempotency_key_reused');
      expect(await db.selectFrom('submissions').select('id').execute()).toHaveLength(1);
    });

    it('refuses the same key from another device with 422', async () => {
      const { key, request } = prepareSubmission(1000);
      await postSubmission(server.url, key, token, request);
      const reply = await postSubmission(server.url, key, await knownDevice(db), request);
      expect(reply.status).toBe(422);
      expect(reply.body.error?.code).toBe('idempotency_key_reused');
    });

    it('answers 409 while the first request with the key is still being processed', async () => {
      const { key, request } = prepareSubmission(1000);
      await lockKey(key, new Date().toISOString(), request, token);
      const reply = await postSubmission(server.url, key, token, request);
      expect(reply.status).toBe(409);
      expect(reply.body.error?.code).toBe('request_in_progress');
      expect(await db.selectFrom('submissions').select('id').execute()).toHaveLength(0);
    });

    it('takes over a lock left by a crashed server after the timeout', async () => {
      const { key, request } = prepareSubmission(1000);
      await lockKey(key, new Date(Date.now() - 60_000).toISOString(), request, token);
      const reply = await postSubmission(server.url, key, token, request);
      expect(reply.status).toBe(201);
    });

    it('answers 400 without an Idempotency-Key or with one that is not a UUID', async () => {
      const { request } = prepareSubmission(1000);
      for (const key of [null, 'draft-1']) {
        const reply = await postSubmission(server.url, key, token, request);
        expect(reply.status).toBe(400);
        expect(reply.body.error?.code).toBe('idempotency_key');
      }
    });

    it('answers 401 without a known device token', async () => {
      const { key, request } = prepareSubmission(1000);
      for (const bad of [null, 'short', deviceToken()]) {
        const reply = await postSubmission(server.url, key, bad, request);
        expect(reply.status).toBe(401);
        expect(reply.body.error?.code).toBe('unauthenticated');
      }
      expect(await db.selectFrom('idempotency_keys').select('key').execute()).toHaveLength(0);
    });

    it('refuses invalid answers with exactly the errors of validateForm, in German', async () => {
      const { key, request } = prepareSubmission(1000);
      const answers = { ...request.answers, G_lotse_neue_wohnung: [{ F00000054: '1234' }] };
      const reply = await postSubmission(server.url, key, token, { ...request, answers });
      expect(reply.status).toBe(422);
      const expected = validateForm(WOHNSITZ, answers, { today: todayInGermany() });
      expect(expected.valid).toBe(false);
      const errors = reply.body.errors as { path: string; code: string; message: string }[];
      expect(errors.map((error) => [error.path, error.code])).toEqual(
        expected.errors.map((error) => [error.path, error.code]),
      );
      const messages = loadGermanMessages();
      expect(errors.map((error) => error.message)).toEqual(
        expected.errors.map((error) => messages.messageFor(error)),
      );
      // Refused requests give the key back: the corrected answers go through under it.
      expect((await postSubmission(server.url, key, token, request)).status).toBe(201);
    });

    it('answers 404 for an unknown form and 409 for a stale form version', async () => {
      const { key, request } = prepareSubmission(1000);
      const unknown = await postSubmission(server.url, key, token, { ...request, formId: 'nope' });
      expect(unknown.status).toBe(404);
      const stale = await postSubmission(server.url, key, token, { ...request, formVersion: '0' });
      expect(stale.status).toBe(409);
      expect(stale.body.error?.code).toBe('form_version');
    });

    it('refuses a document that is not announced, too large or of a type the form does not take', async () => {
      const cases: [string, (p: ReturnType<typeof prepareSubmission>) => unknown][] = [
        ['attachment_not_announced', (p) => ({ ...p.request, attachments: [] })],
        [
          'attachment_too_large',
          (p) => ({
            ...p.request,
            attachments: [{ ...p.request.attachments[0]!, size: 21 * 1024 * 1024 }],
          }),
        ],
        [
          'attachment_type',
          (p) => ({
            ...p.request,
            attachments: [{ ...p.request.attachments[0]!, type: 'text/html' }],
          }),
        ],
        [
          'attachment_duplicate',
          (p) => ({
            ...p.request,
            attachments: [p.request.attachments[0]!, p.request.attachments[0]!],
          }),
        ],
      ];
      for (const [code, change] of cases) {
        const prepared = prepareSubmission(1000);
        const reply = await postSubmission(server.url, prepared.key, token, change(prepared));
        expect(reply.status, code).toBe(422);
        expect(reply.body.error?.code).toBe(code);
      }
      const bad = prepareSubmission(1000);
      const hash = {
        ...bad.request,
        attachments: [{ ...bad.request.attachments[0]!, sha256: 'ABC' }],
      };
      expect((await postSubmission(server.url, bad.key, token, hash)).status).toBe(400);
    });

    it('shows the status only to the device that submitted', async () => {
      const { key, request } = prepareSubmission(1000);
      const stored = await postSubmission(server.url, key, token, request);
      const status = (t: string) =>
        call(`${server.url}/api/v1/submissions/${key}`, { headers: auth(t) });
      const mine = await status(token);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual(stored.body);
      const other = await status(await knownDevice(db));
      const unknown = await call(`${server.url}/api/v1/submissions/${randomUUID()}`, {
        headers: auth(token),
      });
      expect(other.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(other.body).toEqual(unknown.body);
      const anonymous = await call(`${server.url}/api/v1/submissions/${key}`, {});
      expect(anonymous.status).toBe(401);
    });

    it('gives every submission its own valid reference', async () => {
      const references = new Set<string>();
      for (let index = 0; index < 20; index++) {
        const { key, request } = prepareSubmission(100);
        const reply = await postSubmission(server.url, key, token, request);
        expect(isValidReference(reply.body.reference)).toBe(true);
        references.add(reply.body.reference);
      }
      expect(references.size).toBe(20);
    });

    /** Inserts a 'processing' lock as a request in flight (or a crashed one) would leave it. */
    async function lockKey(key: string, lockedAt: string, body: unknown, device: string) {
      await db
        .insertInto('idempotency_keys')
        .values({
          key,
          fingerprint: parseSubmissionRequest(JSON.stringify(body), { allowPlaintext: true })
            .fingerprint,
          device_token_hash: hashDeviceToken(device),
          state: 'processing',
          receipt_json: null,
          locked_at: lockedAt,
        })
        .execute();
    }
  },
);
