import type { SubmissionReceipt, SubmissionStatus } from '../../shared/submission.ts';

const STATUSES: readonly SubmissionStatus[] = [
  'awaiting-attachments',
  'received',
  'in-progress',
  'decided',
  'needs-information',
];

/**
 * True when `value` is a receipt of our API for this Idempotency-Key: every field present with
 * the right type and the key echoed. A captive portal or a proxy cannot produce one by accident.
 */
export function isReceiptFor(value: unknown, idempotencyKey: string): value is SubmissionReceipt {
  if (typeof value !== 'object' || value === null) return false;
  const receipt = value as Record<string, unknown>;
  const strings = ['id', 'reference', 'receivedAt', 'serviceId', 'formId'] as const;
  return (
    receipt.idempotencyKey === idempotencyKey &&
    strings.every((name) => typeof receipt[name] === 'string' && receipt[name] !== '') &&
    /^LT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]$/.test(receipt.reference as string) &&
    !Number.isNaN(Date.parse(receipt.receivedAt as string)) &&
    STATUSES.includes(receipt.status as SubmissionStatus) &&
    Array.isArray(receipt.missingAttachments) &&
    receipt.missingAttachments.every((id) => typeof id === 'string') &&
    optional(receipt.statusNote, (note) => typeof note === 'string') &&
    optional(
      receipt.statusChangedAt,
      (at) => typeof at === 'string' && !Number.isNaN(Date.parse(at)),
    )
  );
}

/** Fields newer servers add: absent or null is fine, anything else must pass `check`. */
function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || value === null || check(value);
}
