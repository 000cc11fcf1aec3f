/**
 * Typed errors of the security core. Their messages name what failed and never carry the
 * secret, key material or any plaintext; the UI maps the class to a translated text.
 */

/** The PIN or passphrase did not unwrap the profile key (AES-KW integrity check failed). */
export class WrongSecretError extends Error {
  override name = 'WrongSecretError';
  constructor() {
    super('The PIN or passphrase does not unlock this profile key.');
  }
}

/** A stored key record is not a version-1 PBKDF2/AES-KW record this code can read. */
export class KeyRecordError extends Error {
  override name = 'KeyRecordError';
  constructor(detail: string) {
    super(`The stored profile key record is malformed: ${detail}.`);
  }
}

/** Why sealed data did not open. */
export type SealedDataProblem = 'malformed' | 'authentication';

/** Sealed data did not open: wrong key, wrong context, altered bytes, or not a sealed value. */
export class SealedDataError extends Error {
  override name = 'SealedDataError';
  /** 'authentication': key, context or bytes do not match; 'malformed': not a v1 sealed value. */
  readonly problem: SealedDataProblem;
  constructor(problem: SealedDataProblem) {
    super(
      problem === 'authentication'
        ? 'Sealed data failed authentication: wrong key, wrong context, or altered bytes.'
        : 'Sealed data is malformed: not a version-1 sealed value.',
    );
    this.problem = problem;
  }
}

/**
 * Personal data was asked for while the device has profiles and none is unlocked (or it belongs
 * to another profile's sealed data); the page shows the lock screen.
 */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('Locked: unlock a profile to read or change its drafts.');
  }
}
