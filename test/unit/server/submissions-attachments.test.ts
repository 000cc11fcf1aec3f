import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/storage/schema.ts';
import { readAttachmentBytes } from '../../../src/server/submissions/attachments.ts';
import { testDialects } from '../../support/server.ts';
import type { Listening } from '../../support/server.ts';
import {
  auth,
  call,
  deviceToken,
  knownDevice,
  postSubmission,
  prepareSubmission,
  putChunk,
  plaintextAppPerTest,
  uploadFrom,
  type Prepared,
} from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`attachment upload on postgres: ${skipped}`, () => undefined);

const MiB = 1024 * 1024;

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'attachment upload on %s',
  (_, dialect) => {
    let db: Kysely<Database>;
    let server: Listening;
    const token = deviceToken();
    plaintextAppPerTest(dialect, token, (opened) => ({ db, server } = opened));

    async function submitted(size = 2.5 * MiB): Promise<Prepared> {
      const prepared = prepareSubmission(size);
      const reply = await postSubmission(server.url, prepared.key, token, prepared.request);
      expect(reply.status).toBe(201);
      return prepared;
    }

    function attachmentUrl(prepared: Prepared): string {
      return `${server.url}/api/v1/submissions/${prepared.key}/attachments/${prepared.request.attachments[0]!.id}`;
    }

    function status(prepared: Prepared) {
      return call(`${server.url}/api/v1/submissions/${prepared.key}`, {
        headers: auth(token),
      });
    }

    async function stored(prepared: Prepared): Promise<Buffer> {
      const { id } = (await status(prepared)).body;
      const attachmentId = prepared.request.attachments[0]!.id;
      return readAttachmentBytes(db, { submissionId: id, attachmentId });
    }

    it('takes a document in 1 MiB chunks and then marks the application received', async () => {
      const prepared = await submitted();
      const last = await uploadFrom(server.url, prepared, token);
      expect(last.status).toBe(200);
      expect(last.body.offset).toBe(prepared.bytes.length);
      const receipt = (await status(prepared)).body;
      expect(receipt.status).toBe('received');
      expect(receipt.missingAttachments).toEqual([]);
      expect((await stored(prepared)).equals(prepared.bytes)).toBe(true);
    });

    it('resumes an upload broken at 50 % from the offset the server reports', async () => {
      const prepared = await submitted(2 * MiB);
      // The connection breaks after the first half; the device has lost track of what arrived.
      await putChunk(server.url, prepared, token, 0, MiB);
      const head = await fetch(attachmentUrl(prepared), {
        method: 'HEAD',
        headers: auth(token),
      });
      expect(head.status).toBe(200);
      const offset = Number(head.headers.get('upload-offset'));
      expect(offset).toBe(MiB);
      expect((await status(prepared)).body.status).toBe('awaiting-attachments');
      expect((await uploadFrom(server.url, prepared, token, offset)).status).toBe(200);
      expect((await status(prepared)).body.status).toBe('received');
      expect((await stored(prepared)).equals(prepared.bytes)).toBe(true);
    });

    it('refuses a chunk that does not start at the stored offset and names the offset', async () => {
      const prepared = await submitted(2 * MiB);
      await putChunk(server.url, prepared, token, 0, MiB);
      const repeated = await putChunk(server.url, prepared, token, 0, MiB);
      expect(repeated.status).toBe(409);
      expect(repeated.body.error?.code).toBe('offset_mismatch');
      expect(repeated.body.offset).toBe(MiB);
      const skipped = await putChunk(server.url, prepared, token, MiB + 10, 2 * MiB);
      expect(skipped.status).toBe(409);
      expect((await stored(prepared)).equals(prepared.bytes.subarray(0, MiB))).toBe(true);
    });

    it('rejects bytes that do not match the announced hash and lets the device start again', async () => {
      const prepared = await submitted(MiB + 100);
      const corrupted = Buffer.from(prepared.bytes);
      corrupted.writeUInt8(corrupted.readUInt8(MiB + 5) ^ 0xff, MiB + 5);
      const rejected = await uploadFrom(server.url, prepared, token, 0, corrupted);
      expect(rejected.status).toBe(422);
      expect(rejected.body.error?.code).toBe('hash_mismatch');
      expect((await status(prepared)).body.status).toBe('awaiting-attachments');
      const state = await call(attachmentUrl(prepared), { headers: auth(token) });
      expect(state.headers.get('upload-offset')).toBe('0');
      expect((await uploadFrom(server.url, prepared, token)).status).toBe(200);
      expect((await status(prepared)).body.status).toBe('received');
    });

    it('keeps uploads to the device that submitted and to announced attachments', async () => {
      const prepared = await submitted(1000);
      const stranger = await putChunk(server.url, prepared, await knownDevice(db), 0, 1000);
      expect(stranger.status).toBe(404);
      const anonymous = await putChunk(server.url, prepared, deviceToken(), 0, 1000);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer /);
      const unknown = await call(`${server.url}/api/v1/submissions/${prepared.key}/attachments/x`, {
        method: 'PUT',
        headers: { ...auth(token), 'Content-Range': 'bytes 0-9/1000' },
        body: Buffer.alloc(10),
      });
      expect(unknown.status).toBe(404);
      const missingRange = await call(attachmentUrl(prepared), {
        method: 'PUT',
        headers: auth(token),
        body: Buffer.alloc(10),
      });
      expect(missingRange.status).toBe(400);
      const wrongTotal = await call(attachmentUrl(prepared), {
        method: 'PUT',
        headers: { ...auth(token), 'Content-Range': 'bytes 0-9/2000' },
        body: Buffer.alloc(10),
      });
      expect(wrongTotal.status).toBe(400);
    });
  },
);
