import { compactDecrypt, importJWK, type JWK } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { createDraft, saveAnswer, saveAttachment } from '../../../src/drafts/store/drafts-store.ts';
import { FORM_FORMAT, type FormDefinition } from '../../../src/forms/model/form-definition.ts';
import { parseFormsDocument } from '../../../src/forms/model/forms-document.ts';
import { replaceForms } from '../../../src/forms/store/forms-store.ts';
import type { Destination } from '../../../src/shared/destination.ts';
import type { SubmissionContent, SubmissionRequest } from '../../../src/shared/submission.ts';
import { enqueueSubmission } from '../../../src/sync/store/enqueue.ts';
import privateKeyText from '../../fixtures/office-keys/test-office.private.jwk?raw';

const PRIVATE = JSON.parse(privateKeyText) as JWK;
const KEY = {
  kty: 'RSA',
  n: PRIVATE.n!,
  e: PRIVATE.e!,
  alg: 'RSA-OAEP-256',
  use: 'enc',
  kid: PRIVATE.kid!,
} as Destination['key'];

const FORM: FormDefinition = {
  format: FORM_FORMAT,
  id: 'browser-e2e',
  version: '1',
  title: 'Verschlüsselt',
  leikaKeys: ['99000000000000'],
  source: { standard: 'lotse' },
  codeLists: {},
  elements: [
    { kind: 'field', id: 'F_name', label: 'Name', type: 'text', occurs: { min: 1, max: 1 } },
    { kind: 'field', id: 'F_doc', label: 'Dokument', type: 'file', occurs: { min: 0, max: 1 } },
  ],
  rules: [],
};

async function open(jwe: string): Promise<Uint8Array> {
  const key = await importJWK(PRIVATE, 'RSA-OAEP-256');
  return (await compactDecrypt(jwe, key)).plaintext;
}

let db: LotseDb;
beforeEach(() => {
  db = new LotseDb(`browser-e2e-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the encrypted outbox in Chromium', () => {
  it('stores the office key from the forms and queues only JWE that the office key opens', async () => {
    const document = parseFormsDocument({
      format: FORM_FORMAT,
      forms: [FORM],
      destinations: [{ officeId: 'test-office', name: 'Testbehörde', services: ['*'], key: KEY }],
    });
    await replaceForms(db, document, 'a'.repeat(64));
    const draft = await createDraft(db, {
      formId: FORM.id,
      formVersion: '1',
      serviceId: '99000000000000',
    });
    await saveAnswer(db, draft.id, 'F_name', 'Ada im Browser');
    const bytes = new Uint8Array(200_000).map((_, index) => index & 0xff);
    const file = await saveAttachment(db, draft.id, {
      blob: new Blob([bytes], { type: 'application/pdf' }),
      name: 'ausweis.pdf',
      type: 'application/pdf',
    });
    await saveAnswer(db, draft.id, 'F_doc', file);

    const row = await enqueueSubmission(db, draft.id, FORM);
    const request = row.request as SubmissionRequest;
    expect(JSON.stringify(row)).not.toContain('Ada im Browser');
    const content = JSON.parse(
      new TextDecoder().decode(await open(request.content)),
    ) as SubmissionContent;
    expect(content.answers.F_name).toBe('Ada im Browser');
    expect(content.attachments[0]).toMatchObject({ name: 'ausweis.pdf', size: 200_000 });
    const stored = await db.outboxFiles.get([row.id, file.attachmentId]);
    const plaintext = await open(await stored!.blob.text());
    expect(plaintext).toEqual(bytes);
  });

  it('refuses a forms document whose office key is too short', () => {
    const short = { ...KEY, n: KEY.n.slice(0, 342) };
    expect(() =>
      parseFormsDocument({
        format: FORM_FORMAT,
        forms: [FORM],
        destinations: [{ officeId: 'x', name: 'X', services: ['*'], key: short }],
      }),
    ).toThrow(/2048 bits/);
  });
});
