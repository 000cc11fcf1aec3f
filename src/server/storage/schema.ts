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
  /** The answers as canonical JSON; null for end-to-end encrypted submissions. */
  answers_json: string | null;
  /** The office's German copy (OfficeDocument) as canonical JSON; null when encrypted or old. */
  document_json: string | null;
  /** The SubmissionContent as compact JWE to the office's key; null for plaintext ones. */
  content_jwe: string | null;
  /** The office that can open it; null for plaintext ones. */
  office_id: string | null;
  /** Which of the office's keys it was encrypted to (kid); null for plaintext ones. */
  office_kid: string | null;
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

/** A device that may use the non-public API: a staff tablet or a citizen's phone. */
export interface DeviceTable {
  /** Server id (UUID), shown by `npm run devices -- list` and used to revoke. */
  id: string;
  /** 'staff' (enrolled with a code) or 'citizen' (registered itself). */
  kind: string;
  /** What the administrator called it (e.g. "Bibliothek Tablet 3"); null for citizen devices. */
  label: string | null;
  /** SHA-256 hex of the device token; the token itself is never stored. */
  token_hash: string;
  /** When it was registered or enrolled (ISO 8601). */
  created_at: string;
  /** When an administrator revoked it (ISO 8601); null while it may use the API. */
  revoked_at: string | null;
  /** Last authenticated request, updated at most hourly (ISO 8601); null before the first. */
  last_seen_at: string | null;
}

/** A one-time enrollment code an administrator made for a staff tablet. */
export interface EnrollmentCodeTable {
  /** SHA-256 hex of the normalised code; the code itself is never stored. */
  code_hash: string;
  /** The label the enrolled device gets. */
  label: string | null;
  /** When it was made (ISO 8601). */
  created_at: string;
  /** After this it is refused (ISO 8601). */
  expires_at: string;
  /** When a device redeemed it (ISO 8601); null while unused. */
  used_at: string | null;
  /** The device it enrolled; null while unused. */
  device_id: string | null;
}

/** An office that receives applications (end-to-end encrypted to its keys). */
export interface OfficeTable {
  /** Office id, e.g. "demo" (A-Z a-z 0-9 . _ -). */
  id: string;
  /** The office's name. */
  name: string;
  /** JSON list of the services it receives (LeiKa keys / service ids); ["*"] for every one. */
  services_json: string;
  /** When it was created (ISO 8601); the earliest office takes services nobody names. */
  created_at: string;
}

/** A public key of an office; the newest is published, older ones stay for queued items. */
export interface OfficeKeyTable {
  /** RFC 7638 thumbprint (base64url SHA-256). */
  kid: string;
  /** The office. */
  office_id: string;
  /** The public JWK (kty, n, e, alg RSA-OAEP-256, use enc, kid) as JSON. */
  public_jwk: string;
  /** When it was added (ISO 8601). */
  created_at: string;
}

/** The whole database as Kysely sees it. */
export interface Database {
  catalogue_versions: CatalogueVersionTable;
  catalogue_current: CatalogueCurrentTable;
  submissions: SubmissionTable;
  idempotency_keys: IdempotencyKeyTable;
  submission_attachments: SubmissionAttachmentTable;
  attachment_chunks: AttachmentChunkTable;
  devices: DeviceTable;
  enrollment_codes: EnrollmentCodeTable;
  offices: OfficeTable;
  office_keys: OfficeKeyTable;
}
