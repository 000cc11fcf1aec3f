/** Enrollment: an administrator makes a one-time code, a tablet exchanges it for a staff credential. */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { hashDeviceToken } from '../submissions/device-token.ts';
import { insertDevice, type DeviceCredential } from './device-store.ts';
import {
  hashEnrollmentCode,
  newEnrollmentCode,
  normalizeEnrollmentCode,
} from './enrollment-code.ts';

/** How long a code is valid unless the administrator says otherwise (24 h). */
export const DEFAULT_ENROLLMENT_HOURS = 24;

/** The longest validity the CLI accepts (30 days). */
export const MAX_ENROLLMENT_HOURS = 24 * 30;

/** The longest label (characters). */
export const MAX_LABEL_LENGTH = 100;

/** Why a code was refused; each is answered 403 with this code. */
export type EnrollmentErrorCode =
  'enrollment_code_invalid' | 'enrollment_code_expired' | 'enrollment_code_used';

const MESSAGES: Record<EnrollmentErrorCode, string> = {
  enrollment_code_invalid:
    'This enrollment code is not known; check it for typos or ask the administrator for a new one.',
  enrollment_code_expired: 'This enrollment code has expired; ask the administrator for a new one.',
  enrollment_code_used:
    'This enrollment code was already used; each code enrolls one device. Ask the administrator for a new one.',
};

/** A code that cannot enroll a device. */
export class EnrollmentError extends Error {
  override name = 'EnrollmentError';
  constructor(readonly code: EnrollmentErrorCode) {
    super(MESSAGES[code]);
  }
}

/** A new code, as the administrator reads it out, and until when it is valid. */
export interface NewEnrollmentCode {
  /** `XXXXX-XXXXX`. Only its hash is stored: it is shown once. */
  code: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** Stores a new single-use code valid for `hours` (checked by the caller). */
export async function createEnrollmentCode(
  db: Kysely<Database>,
  options: { label: string | null; hours: number },
  now: Date,
): Promise<NewEnrollmentCode> {
  const code = newEnrollmentCode();
  const expiresAt = new Date(now.getTime() + options.hours * 3_600_000).toISOString();
  await db
    .insertInto('enrollment_codes')
    .values({
      code_hash: hashEnrollmentCode(normalizeEnrollmentCode(code)!),
      label: options.label,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
      device_id: null,
    })
    .execute();
  return { code, expiresAt };
}

/**
 * Exchanges a code for a staff credential, once. When the device already holds a valid credential
 * (`currentToken`, e.g. a tablet that registered as a citizen device first), that device becomes a
 * staff device and keeps its token, so it can still follow what it sent before; otherwise a new
 * device is made. Claiming the code and writing the device are one transaction: two devices
 * racing for one code get one credential and one `enrollment_code_used`.
 */
export async function redeemEnrollmentCode(
  db: Kysely<Database>,
  code: string,
  now: Date,
  currentToken?: string,
): Promise<DeviceCredential> {
  const normalized = normalizeEnrollmentCode(code);
  if (normalized === null) throw new EnrollmentError('enrollment_code_invalid');
  const codeHash = hashEnrollmentCode(normalized);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('enrollment_codes')
      .selectAll()
      .where('code_hash', '=', codeHash)
      .executeTakeFirst();
    if (row === undefined) throw new EnrollmentError('enrollment_code_invalid');
    if (row.used_at !== null) throw new EnrollmentError('enrollment_code_used');
    if (row.expires_at <= at) throw new EnrollmentError('enrollment_code_expired');
    const credential =
      (currentToken !== undefined && (await upgrade(trx, currentToken, row.label))) ||
      (await insertDevice(trx, 'staff', row.label, now));
    const claimed = await trx
      .updateTable('enrollment_codes')
      .set({ used_at: at, device_id: credential.deviceId })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    // Another request claimed it meanwhile: throwing rolls the device back too.
    if (Number(claimed.numUpdatedRows) !== 1) throw new EnrollmentError('enrollment_code_used');
    return credential;
  });
}

/** Turns the not revoked device holding `token` into a staff device; null when there is none. */
async function upgrade(
  trx: Kysely<Database>,
  token: string,
  label: string | null,
): Promise<DeviceCredential | null> {
  const device = await trx
    .selectFrom('devices')
    .select('id')
    .where('token_hash', '=', hashDeviceToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (device === undefined) return null;
  await trx
    .updateTable('devices')
    .set({ kind: 'staff', label })
    .where('id', '=', device.id)
    .execute();
  return { deviceId: device.id, token, kind: 'staff' };
}
