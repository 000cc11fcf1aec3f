/**
 * The office side of end-to-end encryption: open a stored application with the office's private
 * key, and verify it: the content decrypts, its metadata matches what the server stored, every
 * document's ciphertext matches the hash the server checked, and every decrypted document matches
 * the plaintext hash listed in the content. Then the shared validation runs on the answers.
 */
import { createHash } from 'node:crypto';
import { compactDecrypt, errors, importJWK, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { CONTENT_ENC, OFFICE_KEY_ALG } from '../../shared/destination.ts';
import type { ContentAttachment, SubmissionContent } from '../../shared/submission.ts';
import { checkAnswers, todayInGermany, type CheckResponse } from '../forms/check-answers.ts';
import type { GermanMessages } from '../forms/messages.ts';
import type { Database } from '../storage/schema.ts';
import { readAttachmentBytes } from '../submissions/attachments.ts';
import { manifestProblem } from '../submissions/manifest.ts';
import { publicKeyOf } from './office-keys.ts';

/** Why an application cannot be opened at all. */
export type OpenProblem = 'unknown_reference' | 'not_encrypted' | 'wrong_key' | 'undecryptable';

/** The application cannot be opened; `message` says why and what to do. */
export class OpenApplicationError extends Error {
  override name = 'OpenApplicationError';

  constructor(
    /** Machine code. */
    readonly problem: OpenProblem,
    message: string,
  ) {
    super(message);
  }
}

/** One verification and its outcome (German, for office staff). */
export interface Verification {
  /** Passed. */
  ok: boolean;
  /** What was checked, and the result. */
  text: string;
}

/** A decrypted document and whether its hashes matched. */
export interface OpenedDocument {
  /** As listed in the content (name, type, plaintext size and hash). */
  attachment: ContentAttachment;
  /** The decrypted bytes; null when it could not be decrypted or has not arrived. */
  bytes: Buffer | null;
  /** Both hashes matched. */
  verified: boolean;
}

/** An opened application. */
export interface OpenedApplication {
  /** Reference number. */
  reference: string;
  /** When the server stored it (ISO 8601). */
  receivedAt: string;
  /** Office status. */
  status: string;
  /** Office and key it was encrypted to. */
  destination: { officeId: string; kid: string };
  /** The decrypted content. */
  content: SubmissionContent;
  /** Every document listed in the content. */
  documents: OpenedDocument[];
  /** Integrity checks (all must pass). */
  verifications: Verification[];
  /** The shared validation of the answers; null when the form version is not published here. */
  validation: CheckResponse | null;
}

/** What opening needs besides the database. */
export interface OpenContext {
  /** Published definitions by id. */
  forms: ReadonlyMap<string, FormDefinition>;
  /** German validation messages. */
  messages: GermanMessages;
}

/** Opens and verifies the application with this reference. Throws OpenApplicationError. */
export async function openApplication(
  db: Kysely<Database>,
  reference: string,
  privateJwk: JWK,
  context: OpenContext,
): Promise<OpenedApplication> {
  const row = await db
    .selectFrom('submissions')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
  if (row === undefined) {
    throw new OpenApplicationError(
      'unknown_reference',
      `No application has the reference ${reference}.`,
    );
  }
  if (row.content_jwe === null || row.office_id === null || row.office_kid === null) {
    throw new OpenApplicationError(
      'not_encrypted',
      `${reference} was stored without end-to-end encryption (before this version); there is nothing to decrypt.`,
    );
  }
  const kid = (await publicKeyOf(privateJwk)).kid;
  if (kid !== row.office_kid) {
    throw new OpenApplicationError(
      'wrong_key',
      `This key cannot open this application: it was encrypted to key ${row.office_kid} of office "${row.office_id}", this key is ${kid}.`,
    );
  }
  const key = await importJWK(privateJwk, OFFICE_KEY_ALG);
  const content = parseContent(await decrypt(row.content_jwe, key, 'the content'));
  const verifications: Verification[] = [
    { ok: true, text: `Inhalt entschlüsselt (Schlüssel ${kid})` },
    metadataCheck(content, row),
  ];
  const documents = await openDocuments(db, row.id, content, key, verifications);
  const definition = context.forms.get(content.formId);
  if (definition !== undefined) {
    const problem = manifestProblem(definition, content.answers, content.attachments);
    verifications.push(
      problem === null
        ? { ok: true, text: 'Dokumente in den Antworten stimmen mit der Dokumentliste überein' }
        : { ok: false, text: `Dokumentliste: ${problem.message}` },
    );
  }
  return {
    reference: row.reference,
    receivedAt: row.received_at,
    status: row.status,
    destination: { officeId: row.office_id, kid },
    content,
    documents,
    verifications,
    validation:
      definition?.version === content.formVersion
        ? checkAnswers(
            definition,
            content.answers,
            context.messages,
            // "today" as on the day it arrived: a move-in date of that day was valid then.
            todayInGermany(new Date(row.received_at)),
          )
        : null,
  };
}

async function openDocuments(
  db: Kysely<Database>,
  submissionId: string,
  content: SubmissionContent,
  key: Awaited<ReturnType<typeof importJWK>>,
  verifications: Verification[],
): Promise<OpenedDocument[]> {
  const stored = await db
    .selectFrom('submission_attachments')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .execute();
  const listed = new Set(content.attachments.map((attachment) => attachment.id));
  for (const extra of stored.filter((row) => !listed.has(row.attachment_id))) {
    verifications.push({
      ok: false,
      text: `Dokument ${extra.attachment_id} liegt vor, steht aber nicht im Inhalt`,
    });
  }
  const documents: OpenedDocument[] = [];
  for (const attachment of content.attachments) {
    const row = stored.find((item) => item.attachment_id === attachment.id);
    const fail = (text: string) => {
      verifications.push({ ok: false, text: `Dokument „${attachment.name}“: ${text}` });
      documents.push({ attachment, bytes: null, verified: false });
    };
    if (row === undefined) {
      fail('fehlt auf dem Server');
      continue;
    }
    if (row.complete !== 1) {
      fail('ist noch nicht vollständig angekommen');
      continue;
    }
    const ciphertext = await readAttachmentBytes(db, { submissionId, attachmentId: attachment.id });
    if (sha256(ciphertext) !== row.sha256) {
      fail('Prüfsumme des verschlüsselten Dokuments stimmt nicht (Hash-Abweichung)');
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await decrypt(ciphertext.toString('utf8'), key, `document ${attachment.id}`);
    } catch (error) {
      if (!(error instanceof OpenApplicationError)) throw error;
      fail('lässt sich nicht entschlüsseln (verändert?)');
      continue;
    }
    if (bytes.length !== attachment.size || sha256(bytes) !== attachment.sha256) {
      fail('Prüfsumme des entschlüsselten Dokuments stimmt nicht (Hash-Abweichung)');
      continue;
    }
    verifications.push({
      ok: true,
      text: `Dokument „${attachment.name}“: Prüfsummen stimmen (verschlüsselt und entschlüsselt)`,
    });
    documents.push({ attachment, bytes, verified: true });
  }
  return documents;
}

async function decrypt(
  jwe: string,
  key: Awaited<ReturnType<typeof importJWK>>,
  what: string,
): Promise<Buffer> {
  try {
    const { plaintext } = await compactDecrypt(jwe, key, {
      keyManagementAlgorithms: [OFFICE_KEY_ALG],
      contentEncryptionAlgorithms: [CONTENT_ENC],
    });
    return Buffer.from(plaintext);
  } catch (error) {
    if (error instanceof errors.JOSEError) {
      throw new OpenApplicationError(
        'undecryptable',
        `${what} does not decrypt with this key: it was altered, or the key file is damaged (${error.code}).`,
      );
    }
    throw error;
  }
}

function parseContent(bytes: Buffer): SubmissionContent {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new OpenApplicationError('undecryptable', 'The decrypted content is not JSON.');
  }
  const content = value as Partial<SubmissionContent> | null;
  if (
    typeof content !== 'object' ||
    content === null ||
    typeof content.formId !== 'string' ||
    typeof content.answers !== 'object' ||
    !Array.isArray(content.attachments) ||
    typeof content.document !== 'object'
  ) {
    throw new OpenApplicationError('undecryptable', 'The decrypted content is not an application.');
  }
  return content as SubmissionContent;
}

function metadataCheck(
  content: SubmissionContent,
  row: { form_id: string; form_version: string; service_id: string },
): Verification {
  const same =
    content.formId === row.form_id &&
    content.formVersion === row.form_version &&
    content.serviceId === row.service_id;
  return same
    ? {
        ok: true,
        text: 'Formular, Version und Leistung stimmen mit den Angaben des Servers überein',
      }
    : { ok: false, text: 'Formular, Version oder Leistung weichen von den Angaben des Servers ab' };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
