import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CatalogueGroup, CatalogueService } from '../shared/catalogue.ts';
import type { Answers, FormDefinition } from '../forms/model/form-definition.ts';
import type { Destination } from '../shared/destination.ts';
import type {
  PlaintextSubmissionRequest,
  SubmissionReceipt,
  SubmissionRequest,
} from '../shared/submission.ts';
import type { Sealed } from '../security/seal.ts';

/** Which catalogue the device holds, written in the same transaction as the catalogue rows. */
export interface CatalogueMeta {
  /** Always 'current': one row. */
  key: 'current';
  /** Content hash of the stored catalogue, as published by the server. */
  version: string;
  /** When it was stored on this device (epoch ms). */
  storedAt: number;
  /** Number of services, for a quick completeness check. */
  serviceCount: number;
  /** Number of groups, for a quick completeness check. */
  groupCount: number;
  /** Where the catalogue came from (shown on the about page). */
  source: string;
}

/** A serialized search index, cached per catalogue version so later starts skip the build. */
export interface SearchIndexRow {
  /** Catalogue version the index was built from. */
  version: string;
  /** The index as produced by ServiceSearch.serialize(). */
  data: string;
}

/** Which set of form definitions the device holds. */
export interface FormsMeta {
  /** Always 'current': one row. */
  key: 'current';
  /** Content hash of the stored forms document, as published by the server. */
  version: string;
  /** Number of forms, for a completeness check. */
  formCount: number;
}

/** A stored form definition, indexed by the LeiKa keys it applies for. */
export interface FormRow {
  /** Form id. */
  id: string;
  /** LeiKa keys (multi-entry index: "which form applies for this service?"). */
  leikaKeys: string[];
  /** The definition. */
  definition: FormDefinition;
}

/** Where an application is in its life on the device. */
export type DraftStatus = 'editing' | 'ready';

/** An application being filled in; saved on every change. */
export interface DraftRow {
  /** Random UUID; later the submission's Idempotency-Key. */
  id: string;
  /** Form id. */
  formId: string;
  /** Form version the answers belong to. */
  formVersion: string;
  /** Service the citizen applies for (LeiKa key). */
  serviceId: string;
  /** Where the user is: the guided page's answer path, '' for the first, '#check' at the end. */
  page: string;
  /** The answers so far. */
  answers: Answers;
  /** Paths filled from the saved profile and not yet changed: shown with a "please check" hint. */
  prefilled?: string[];
  /** Guided pages the citizen could not answer alone ("I don't know — ask staff"). */
  askStaff?: string[];
  /** Lifecycle state. */
  status: DraftStatus;
  /** Created (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Profile that owns the draft (src/security/store/); absent on a device without profiles. */
  ownerId?: string;
  /** answers, prefilled and askStaff sealed with the owner's key; `answers` is then {}. */
  sealed?: Sealed;
  /** When retention flagged this unsent draft as stale (epoch ms); any change clears it. */
  staleSince?: number;
  /** The citizen's consent, recorded before the first question in staff mode (sealed with answers). */
  consent?: DraftConsent;
}

/** Consent to storing a case: when, in which language, and which version of the text was shown. */
export interface DraftConsent {
  /** Recorded (epoch ms). */
  at: number;
  /** Language of the text the citizen was shown (BCP 47). */
  lang: string;
  /** Version of the consent text (src/forms/consent-page.ts). */
  textVersion: string;
}

/** A document or photo of a draft; the bytes stay on the device until submitted. */
export interface AttachmentRow {
  /** Random UUID, referenced by FileAnswer.attachmentId. */
  id: string;
  /** Draft it belongs to. */
  draftId: string;
  /** The (downscaled) bytes. */
  blob: Blob;
  /** File name. */
  name: string;
  /** Media type. */
  type: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 hex of the bytes. */
  sha256: string;
  /** Profile that owns the document; absent on a device without profiles. */
  ownerId?: string;
  /** The bytes sealed with the owner's key; `blob` is then empty. */
  sealed?: Sealed;
  /** Name and SHA-256 sealed with the owner's key; `name` and `sha256` are then ''. */
  sealedMeta?: Sealed;
}

/** Values the citizen agreed to keep for prefill, by profile key ("person.familienname"). */
export interface ProfileRow {
  /** Always 'self' for now (one profile per device user). */
  key: 'self';
  /** Saved values by profile key. */
  values: Record<string, unknown>;
  /** Last change (epoch ms). */
  updatedAt: number;
}

/** Where a submission is in the outbox. */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

/** Why the last attempt did not finish: try again later, or a person must look at it. */
export interface OutboxFailure {
  /** 'retryable' keeps the item queued; 'needs-attention' marks it failed. */
  kind: 'retryable' | 'needs-attention';
  /** HTTP status, when the server answered. */
  status?: number;
  /** Machine code of the server's error or of the client's diagnosis (e.g. 'timeout'). */
  code?: string;
  /** A sentence for logs and staff. */
  message?: string;
  /** The server's field errors (422 from validation), for the UI to show. */
  errors?: { path: string; elementId: string; code: string }[];
}

/** A submission waiting to be sent, being sent, or done; the id is the Idempotency-Key. */
export interface OutboxRow {
  /** The draft's id, sent as Idempotency-Key. */
  id: string;
  /** Lifecycle state. */
  state: OutboxState;
  /**
   * The body, built and encrypted once at enqueue time so every retry sends the same bytes.
   * Items queued before end-to-end encryption hold a plaintext request until the worker
   * encrypts them (or, when the server already accepted them, for good).
   */
  request: SubmissionRequest | PlaintextSubmissionRequest;
  /** Attempts made so far (drives the backoff). */
  attempts: number;
  /** Not before this time (epoch ms). */
  nextAttemptAt: number;
  /** Why the last attempt failed. */
  lastError?: OutboxFailure;
  /** The server's receipt, once it accepted the submission. */
  receipt?: SubmissionReceipt;
  /** Bytes of each attachment the server confirmed, by attachment id. */
  uploaded: Record<string, number>;
  /** When the office's status was last asked for, once sent (epoch ms); absent before. */
  statusCheckedAt?: number;
  /** Enqueued (epoch ms); items are sent in this order. */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
}

/** One encrypted document of an outbox item: the bytes that are uploaded (compact JWE, UTF-8). */
export interface OutboxFileRow {
  /** The outbox item (draft id). */
  outboxId: string;
  /** The attachment's id, as announced. */
  attachmentId: string;
  /** The ciphertext. */
  blob: Blob;
}

/** An office that receives applications, as published with the forms document. */
export type DestinationRow = Destination;

/** Values that identify this device installation. */
export interface DeviceMetaRow {
  /** Always 'device': one row. */
  key: 'device';
  /** Random 32 bytes, base64url; the server shows submission status only to this token. */
  token: string;
  /** Created (epoch ms). */
  createdAt: number;
  /** Server id of the device credential; absent on rows made before the server issued tokens. */
  deviceId?: string;
  /** 'staff' (enrolled with a code) or 'citizen' (registered itself); absent like deviceId. */
  kind?: 'staff' | 'citizen';
}

/** The one Dexie database of Lotse. Schema versions are listed in order and never edited. */
export class LotseDb extends Dexie {
  /** Which catalogue version is stored. */
  catalogueMeta!: EntityTable<CatalogueMeta, 'key'>;
  /** Themenfelder, Lebenslagen and OZG-Leistungen. */
  catalogueGroups!: EntityTable<CatalogueGroup, 'id'>;
  /** All services of the stored catalogue. */
  catalogueServices!: EntityTable<CatalogueService, 'id'>;
  /** Cached search index for the stored catalogue. */
  searchIndex!: EntityTable<SearchIndexRow, 'version'>;
  /** Which forms document is stored. */
  formsMeta!: EntityTable<FormsMeta, 'key'>;
  /** Form definitions. */
  forms!: EntityTable<FormRow, 'id'>;
  /** Applications being filled in. */
  drafts!: EntityTable<DraftRow, 'id'>;
  /** Documents and photos of drafts. */
  attachments!: EntityTable<AttachmentRow, 'id'>;
  /** Saved personal data for prefill. */
  profile!: EntityTable<ProfileRow, 'key'>;
  /** Submissions to send, and their receipts. */
  outbox!: EntityTable<OutboxRow, 'id'>;
  /** This installation's device token. */
  deviceMeta!: EntityTable<DeviceMetaRow, 'key'>;
  /** Encrypted documents of outbox items, until the item is sent. */
  outboxFiles!: Table<OutboxFileRow, [string, string]>;
  /** Offices and their public keys (from the forms document). */
  destinations!: EntityTable<DestinationRow, 'officeId'>;

  constructor(name = 'lotse') {
    super(name);
    this.version(1).stores({
      catalogueMeta: 'key',
      catalogueGroups: 'id, parentId',
      catalogueServices: 'id, leistungId',
      searchIndex: 'version',
    });
    // Version 2: forms, drafts with their attachments, and the prefill profile. Only new tables,
    // so existing catalogue rows stay as they are.
    this.version(2).stores({
      formsMeta: 'key',
      forms: 'id, *leikaKeys',
      drafts: 'id, formId, updatedAt',
      attachments: 'id, draftId',
      profile: 'key',
    });
    // Version 3: the submission outbox and the device token. Only new tables again.
    this.version(3).stores({
      outbox: 'id, state, createdAt',
      deviceMeta: 'key',
    });
    // Version 4: end-to-end encryption. New tables only: queued plaintext items stay as they are
    // and are encrypted by the worker before they are sent (src/sync/store/encrypt-legacy.ts).
    this.version(4).stores({
      outboxFiles: '[outboxId+attachmentId], outboxId',
      destinations: 'officeId',
    });
  }
}

let shared: LotseDb | undefined;

/** The database of this origin, opened on first use. */
export function openDb(): LotseDb {
  shared ??= new LotseDb();
  return shared;
}
