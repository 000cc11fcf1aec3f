import { failureOf, networkFailure, readJson, SendFailure } from './http-failure.ts';
import type { SubmissionTransport } from './submission-client.ts';

/** The credential the server issued to this installation (POST /api/v1/devices). */
export interface DeviceCredential {
  /** Server id of the device. */
  deviceId: string;
  /** Sent as `Authorization: Bearer <token>` on every non-public request. */
  token: string;
  /** Staff tablet (enrolled with a code) or citizen phone (registered itself). */
  kind: 'staff' | 'citizen';
}

/** How the device reaches the server without a credential yet. */
export type DeviceHttp = Omit<SubmissionTransport, 'token'>;

/**
 * POST /api/v1/devices: `{}` registers a citizen device, `{ enrollmentCode }` enrolls a staff
 * device (with `currentToken`, the server turns this device's own credential into a staff one).
 * Resolves with a verified credential; otherwise throws a SendFailure like every request of the
 * drain (403 wrong code and 400 are final, 429 and 5xx are retried later).
 */
export async function requestCredential(
  http: DeviceHttp,
  body: { enrollmentCode?: string },
  currentToken?: string,
): Promise<DeviceCredential> {
  const timeout = AbortSignal.timeout(http.timeoutMs);
  const signal = http.signal ? AbortSignal.any([http.signal, timeout]) : timeout;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (currentToken !== undefined) headers.Authorization = `Bearer ${currentToken}`;
  let response: Response;
  try {
    response = await http.fetch(`${http.baseUrl}/api/v1/devices`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      redirect: 'manual',
      cache: 'no-store',
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    throw networkFailure(error);
  }
  if (response.status !== 200 && response.status !== 201) {
    throw await failureOf(response, http.now());
  }
  const credential = await readJson(response);
  if (!isCredential(credential)) {
    throw new SendFailure({
      kind: 'retryable',
      status: response.status,
      code: 'not-our-api',
      message: 'the answer was not a device credential',
    });
  }
  return { deviceId: credential.deviceId, token: credential.token, kind: credential.kind };
}

function isCredential(value: unknown): value is DeviceCredential {
  if (typeof value !== 'object' || value === null) return false;
  const { deviceId, token, kind } = value as Record<string, unknown>;
  return (
    typeof deviceId === 'string' &&
    deviceId.length > 0 &&
    typeof token === 'string' &&
    /^[A-Za-z0-9_-]{43}$/.test(token) &&
    (kind === 'staff' || kind === 'citizen')
  );
}
