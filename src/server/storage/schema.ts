/**
 * Row types of the server database, as Kysely sees them. Both dialects store the same shapes:
 * binary columns come back as Buffer, timestamps are ISO-8601 text so they sort and compare alike.
 */

/** One published catalogue document with its precompressed forms; never changed once written. */
export interface CatalogueVersionTable {
  /** SHA-256 hex of `document`. */
  version: string;
  /** The canonical UTF-8 JSON bytes as served. */
  document: Buffer;
  /** `document` gzip-compressed. */
  gzip: Buffer;
  /** `document` brotli-compressed. */
  brotli: Buffer;
  /** Byte length of `document`. */
  size_bytes: number;
  /** Number of services, for the cheap version check. */
  service_count: number;
  /** When this content was first stored. */
  created_at: string;
}

/** A single row (id = 1) pointing at the version devices should download. */
export interface CatalogueCurrentTable {
  /** Always 1: one pointer, so switching versions is one row update. */
  id: number;
  /** The current version. */
  version: string;
  /** When this version became current. */
  published_at: string;
}

/** One stored application; written once, then only its status changes. */
export interface SubmissionTable {
  /** Server id (UUID). */
  id: string;
  /** The Idempotency-Key (draft UUID) it was sent under; unique. */
  idempotency_key: string;
  /** SHA-256 hex of the submitting device's token: only that device may read the status. */
  device_token_hash: string;
  /** Form id. */
  form_id: string;
  /** Form version the answers were validated against. */
  form_version: string;
  /** Service applied for. */
  service_id: string;
  /** The answers as canonical JSON. */
  answers_json: string;
  /** The office's German copy (OfficeDocument) as canonical JSON; null from older devices. */
  document_json: string | null;
  /** Human-readable reference with check character; unique. */
  reference: string;
  /** A SubmissionStatus. */
  status: string;
  /** When it was stored (ISO 8601). */
  received_at: string;
  /** The office's short note on its last status change (≤ 500 characters), or null. */
  status_note: string | null;
  /** When the office last changed the status (ISO 8601); null until it did. */
  status_changed_at: string | null;
}

/** The Idempotency-Key lock and record: inserted before any work, finished with the receipt. */
export interface IdempotencyKeyTable {
  /** The Idempotency-Key. */
  key: string;
  /** SHA-256 hex of the canonical JSON request body. */
  fingerprint: string;
  /** SHA-256 hex of the device token that sent it. */
  device_token_hash: string;
  /** 'processing' while a request works on it, 'done' once the submission is committed. */
  state: string;
  /** The receipt of the first successful answer; null while processing. */
  receipt_json: string | null;
  /** When the current holder took the lock (ISO 8601); older than the timeout = stale. */
  locked_at: string;
}

/** A document announced with a submission and how much of it has arrived. */
export interface SubmissionAttachmentTable {
  /** Submission id. */
  submission_id: string;
  /** Attachment id from the device. */
  attachment_id: string;
  /** Media type. */
  type: string;
  /** Announced size in bytes. */
  size: number;
  /** Announced SHA-256, lowercase hex. */
  sha256: string;
  /** Bytes received so far: the offset the next chunk must start at. */
  received_bytes: number;
  /** 1 once all bytes arrived and the hash matched, else 0. */
  complete: number;
}

/** One uploaded chunk of an attachment; the bytes are the chunks in order of `start`. */
export interface AttachmentChunkTable {
  /** Submission id. */
  submission_id: string;
  /** Attachment id. */
  attachment_id: string;
  /** Offset of the chunk's first byte. */
  start: number;
  /** The chunk's bytes. */
  data: Buffer;
}

/** The whole database as Kysely sees it. */
export interface Database {
  catalogue_versions: CatalogueVersionTable;
  catalogue_current: CatalogueCurrentTable;
  submissions: SubmissionTable;
  idempotency_keys: IdempotencyKeyTable;
  submission_attachments: SubmissionAttachmentTable;
  attachment_chunks: AttachmentChunkTable;
}
