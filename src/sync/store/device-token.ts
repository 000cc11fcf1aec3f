import type { LotseDb } from '../../db/database.ts';
import { requestCredential, type DeviceCredential, type DeviceHttp } from './device-client.ts';
import { SendFailure } from './http-failure.ts';
import type { SubmissionTransport } from './submission-client.ts';

export type { DeviceCredential } from './device-client.ts';

/**
 * This installation's server-issued credential, or null before the first registration. A row from
 * before the server issued tokens (a token the device made itself, no deviceId) counts as none.
 */
export async function storedCredential(db: LotseDb): Promise<DeviceCredential | null> {
  const row = await db.deviceMeta.get('device');
  if (!row?.deviceId || !row.kind) return null;
  return { deviceId: row.deviceId, token: row.token, kind: row.kind };
}

async function storeCredential(db: LotseDb, credential: DeviceCredential): Promise<void> {
  await db.deviceMeta.put({ key: 'device', createdAt: Date.now(), ...credential });
}

/**
 * Registers this installation as a citizen device (POST /api/v1/devices {}) and stores it, unless
 * a credential arrived meanwhile (an enrollment finished first): then that one is kept and used.
 */
export async function registerDevice(db: LotseDb, http: DeviceHttp): Promise<DeviceCredential> {
  const credential = await requestCredential(http, {});
  return db.transaction('rw', db.deviceMeta, async () => {
    const existing = await storedCredential(db);
    if (existing) return existing;
    await storeCredential(db, credential);
    return credential;
  });
}

/** What enrollDevice reports: the new kind, or why the server refused. */
export type EnrollOutcome =
  | { ok: true; deviceId: string; kind: DeviceCredential['kind'] }
  | {
      ok: false;
      /** The server's code (`enrollment_code_invalid`, `_expired`, `_used`, `rate_limited`), or network/timeout. */
      code: string;
      /** Retry-After of a 429, if any. */
      retryAfterMs?: number;
    };

/**
 * Exchanges an administrator's enrollment code for a staff credential and stores it in place of
 * the current one. The current credential is sent along, so the server makes this same device a
 * staff device: what it sent before stays readable. The token never leaves the worker.
 */
export async function enrollDevice(
  db: LotseDb,
  code: string,
  options: { baseUrl: string; fetch?: typeof fetch; timeoutMs?: number; now?: () => number },
): Promise<EnrollOutcome> {
  const http: DeviceHttp = {
    fetch: options.fetch ?? fetch.bind(globalThis),
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? 30_000,
    now: options.now ?? Date.now,
  };
  const current = await storedCredential(db);
  try {
    const credential = await requestCredential(http, { enrollmentCode: code }, current?.token);
    await storeCredential(db, credential);
    return { ok: true, deviceId: credential.deviceId, kind: credential.kind };
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error;
    return {
      ok: false,
      code: error.failure.code ?? 'network',
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    };
  }
}

/**
 * The credential of one drain: registers before the first request when there is none, registers
 * again once when the server no longer knows the token (401 `unauthenticated`, e.g. its database
 * was reset), and remembers a 401 `device_revoked` so the drain stops sending.
 */
export class DeviceSession {
  private renewed = false;
  /** The failure of a revoked device: every further item fails with it, nothing is sent. */
  revoked: SendFailure | undefined;

  constructor(
    private readonly db: LotseDb,
    /** The transport whose token this session sets. */
    private readonly transport: SubmissionTransport,
  ) {}

  /** Sets the transport's token, registering this device first when it has no credential. */
  async ensure(): Promise<void> {
    if (this.transport.token !== '') return;
    const credential =
      (await storedCredential(this.db)) ?? (await registerDevice(this.db, this.transport));
    this.transport.token = credential.token;
  }

  /**
   * Looks at a failed request: true when it was the first 401 `unauthenticated` of this drain and
   * the device registered again, so the caller should retry once.
   */
  async renewAfter(error: unknown): Promise<boolean> {
    if (!(error instanceof SendFailure) || error.failure.status !== 401) return false;
    if (error.failure.code === 'device_revoked') {
      this.revoked = error;
      return false;
    }
    if (error.failure.code !== 'unauthenticated' || this.renewed) return false;
    this.renewed = true;
    const stale = this.transport.token;
    await this.db.transaction('rw', this.db.deviceMeta, async () => {
      const row = await this.db.deviceMeta.get('device');
      if (row?.token === stale) await this.db.deviceMeta.delete('device');
    });
    this.transport.token = '';
    await this.ensure();
    return true;
  }
}
