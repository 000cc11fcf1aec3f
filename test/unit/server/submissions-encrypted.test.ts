import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/storage/schema.ts';
import type { Destination } from '../../../src/shared/destination.ts';
import type { StorageKind } from '../../../src/server/storage/open-storage.ts';
import { appPerTest, testDialects } from '../../support/server.ts';
import type { Listening } from '../../support/server.ts';
import { OTHER_OFFICE_KEY, seedServerOffice, testDestination } from '../../support/office-keys.ts';
import { dumpDatabase } from './database-dump.ts';
import { prepareEncrypted, sha256 } from './encrypted-fixtures.ts';
import {
  call,
  deviceToken,
  postSubmission,
  prepareSubmission,
  trustDevice,
  uploadFrom,
} from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`encrypted submissions on postgres: ${skipped}`, () => undefined);

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'end-to-end encrypted submissions on %s',
  (_, dialect) => {
    let db: Kysely<Database>;
    let kind: StorageKind;
    let server: Listening;
    let office: Destination;
    const token = deviceToken();

    // The default app: plaintext is refused, as with `npm start`.
    appPerTest(dialect, async (opened) => {
      ({ db, kind, server } = opened);
      await trustDevice(db, token);
      office = await seedServerOffice(db);
    });

    it('stores the ciphertext and routing metadata only, and no marker anywhere in the database', async () => {
      const marker = `MARKER-${crypto.randomUUID()}`;
      const prepared = await prepareEncrypted(office, marker);
      const reply = await postSubmission(server.url, prepared.key, token, prepared.request);
      expect(reply.status).toBe(201);
      expect(reply.body.status).toBe('awaiting-attachments');
      expect((await uploadFrom(server.url, prepared, token)).body.offset).toBe(
        prepared.bytes.length,
      );
      const receipt = await call(`${server.url}/api/v1/submissions/${prepared.key}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(receipt.body.status).toBe('received');

      const row = await db
        .selectFrom('submissions')
        .selectAll()
        .where('idempotency_key', '=', prepared.key)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        answers_json: null,
        document_json: null,
        content_jwe: prepared.request.content,
        office_id: 'test-office',
        office_kid: office.key.kid,
      });
      const attachment = await db
        .selectFrom('submission_attachments')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(attachment).toMatchObject({
        type: 'application/jose',
        size: prepared.bytes.length,
        sha256: sha256(prepared.bytes),
        complete: 1,
      });

      const dump = await dumpDatabase(db, kind);
      expect(dump).toContain(prepared.request.content.slice(0, 40));
      expect(dump).not.toContain(marker);
      expect(dump).not.toContain('Lindenstraße');
      expect(dump).not.toContain('Haddad');
    });

    it('refuses a plaintext application with 400 plaintext_refused and stores nothing', async () => {
      const { key, request } = prepareSubmission(1000);
      const reply = await postSubmission(server.url, key, token, request);
      expect(reply.status).toBe(400);
      expect(reply.body.error?.code).toBe('plaintext_refused');
      expect(await db.selectFrom('submissions').select('id').execute()).toEqual([]);
      expect(await db.selectFrom('idempotency_keys').select('key').execute()).toEqual([]);
      expect(await dumpDatabase(db, kind)).not.toContain('Lindenstraße');
    });

    it('refuses answers sent in clear next to the encrypted content', async () => {
      const prepared = await prepareEncrypted(office);
      const body = { ...prepared.request, answers: prepared.content.answers };
      const reply = await postSubmission(server.url, prepared.key, token, body);
      expect(reply.status).toBe(400);
      expect(reply.body.error?.code).toBe('invalid_request');
      const named = await postSubmission(server.url, prepared.key, token, {
        ...prepared.request,
        attachments: [{ ...prepared.request.attachments[0]!, name: 'pass.jpg' }],
      });
      expect(named.status).toBe(400);
    });

    it('refuses a key the office does not have, an unknown office, and a header naming another kid', async () => {
      const other = await testDestination(OTHER_OFFICE_KEY, 'test-office');
      const wrongKey = await prepareEncrypted(other);
      const unknownKid = await postSubmission(server.url, wrongKey.key, token, wrongKey.request);
      expect(unknownKid.status).toBe(400);
      expect(unknownKid.body.error?.code).toBe('unknown_destination');

      const prepared = await prepareEncrypted(office);
      const nowhere = await postSubmission(server.url, prepared.key, token, {
        ...prepared.request,
        destination: { officeId: 'elsewhere', kid: office.key.kid },
      });
      expect(nowhere.status).toBe(400);
      expect(nowhere.body.error?.code).toBe('unknown_destination');

      // The JWE says it is for one key, the metadata names another: refused before any lookup.
      const mismatch = await postSubmission(server.url, prepared.key, token, {
        ...prepared.request,
        destination: { officeId: 'test-office', kid: other.key.kid },
      });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.error?.code).toBe('invalid_content');

      // The same key works afterwards: refusals give it back.
      const reply = await postSubmission(server.url, prepared.key, token, prepared.request);
      expect(reply.status).toBe(201);
    });

    it('refuses malformed compact JWE content with 400 invalid_content', async () => {
      const prepared = await prepareEncrypted(office);
      const parts = prepared.request.content.split('.');
      const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const kid = office.key.kid;
      const broken = [
        parts.slice(0, 4).join('.'),
        [...parts, 'x'].join('.'),
        ['', ...parts.slice(1)].join('.'),
        [header({ alg: 'RSA1_5', enc: 'A256GCM', kid }), ...parts.slice(1)].join('.'),
        [header({ alg: 'RSA-OAEP-256', enc: 'A128CBC-HS256', kid }), ...parts.slice(1)].join('.'),
        [header({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid, zip: 'DEF' }), ...parts.slice(1)].join(
          '.',
        ),
        [parts[0], parts[1], 'AAAA', parts[3], parts[4]].join('.'),
        'Lindenstraße 12a',
      ];
      for (const content of broken) {
        const reply = await postSubmission(server.url, prepared.key, token, {
          ...prepared.request,
          content,
        });
        expect(reply.status, content.slice(0, 40)).toBe(400);
        expect(reply.body.error?.code).toBe('invalid_content');
      }
      expect(await db.selectFrom('submissions').select('id').execute()).toEqual([]);
    });

    it('drops a document that arrives in clear and answers 422 not_encrypted', async () => {
      const prepared = await prepareEncrypted(office);
      // A faulty device announces the clear document's size and hash instead of the ciphertext's.
      const request = {
        ...prepared.request,
        attachments: [
          {
            id: prepared.request.attachments[0]!.id,
            size: prepared.document.length,
            sha256: sha256(prepared.document),
          },
        ],
      };
      expect((await postSubmission(server.url, prepared.key, token, request)).status).toBe(201);
      const reply = await uploadFrom(
        server.url,
        { key: prepared.key, request, bytes: prepared.document },
        token,
      );
      expect(reply.status).toBe(422);
      expect(reply.body.error?.code).toBe('not_encrypted');
      expect(await db.selectFrom('attachment_chunks').select('start').execute()).toEqual([]);
    });

    it('publishes the office key with the forms, and a new version when the key changes', async () => {
      const first = await fetch(`${server.url}/api/v1/forms`);
      const document = (await first.json()) as { destinations: Destination[] };
      expect(document.destinations).toEqual([office]);
      const other = await testDestination(OTHER_OFFICE_KEY, 'second-office');
      await db
        .insertInto('offices')
        .values({
          id: other.officeId,
          name: other.name,
          services_json: '["99115005104000"]',
          created_at: '2025-02-01T00:00:00.000Z',
        })
        .execute();
      await db
        .insertInto('office_keys')
        .values({
          kid: other.key.kid,
          office_id: other.officeId,
          public_jwk: JSON.stringify(other.key),
          created_at: '2025-02-01T00:00:00.000Z',
        })
        .execute();
      const second = await fetch(`${server.url}/api/v1/forms`);
      expect(second.headers.get('X-Forms-Version')).not.toBe(first.headers.get('X-Forms-Version'));
      const updated = (await second.json()) as { destinations: Destination[] };
      expect(updated.destinations.map((destination) => destination.officeId)).toEqual([
        'test-office',
        'second-office',
      ]);
    });
  },
);
