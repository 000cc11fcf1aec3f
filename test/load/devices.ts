import type { HttpReply, LoadClient } from './http-client.ts';
import { loadSubmission, type LoadOffice, type LoadSubmission } from './submission-factory.ts';

/** How much load to make. */
export interface LoadPlan {
  /** Simulated devices, all sending at once. */
  devices: number;
  /** Submissions each device sends, one after another. */
  submissionsPerDevice: number;
  /** Share of submissions sent twice with the same key and body (0..1). */
  retryShare: number;
  /** Size of each submission's document (bytes). */
  attachmentBytes: number;
  /** Devices stop starting new submissions after this long (ms). */
  deadlineMs: number;
}

/** What the devices saw. */
export interface LoadTally {
  /** Submissions answered 201 whose document upload completed. */
  completed: number;
  /** Submissions never started because the deadline passed. */
  unstarted: number;
  /** Round trips of the first POST of each submission (ms). */
  postMs: number[];
  /** Round trips of the document upload (ms). */
  uploadMs: number[];
  /** Round trips of retries answered with the stored receipt (ms). */
  replayMs: number[];
  /** Retries sent after the first answer arrived (a lost response). */
  retriesAfterAnswer: number;
  /** Retries sent while the first request was still in flight (a double tap, a timeout). */
  retriesInFlight: number;
  /** Retries answered 200 with `Idempotent-Replayed: true` and the same receipt. */
  replayed: number;
  /** In-flight retries answered 409 `request_in_progress` (expected). */
  inProgress: number;
  /** Unexpected answers or network failures. */
  errors: number;
  /** The first few unexpected answers, for the report. */
  errorSamples: string[];
}

const MAX_SAMPLES = 5;

/**
 * Runs every device concurrently against the server behind `client`, each submission encrypted
 * to `office`; resolves when all finish.
 */
export async function runDevices(
  client: LoadClient,
  plan: LoadPlan,
  office: LoadOffice,
): Promise<LoadTally> {
  const tally: LoadTally = {
    completed: 0,
    unstarted: 0,
    postMs: [],
    uploadMs: [],
    replayMs: [],
    retriesAfterAnswer: 0,
    retriesInFlight: 0,
    replayed: 0,
    inProgress: 0,
    errors: 0,
    errorSamples: [],
  };
  const deadline = performance.now() + plan.deadlineMs;
  const device = async (): Promise<void> => {
    // Each device registers once (POST /api/v1/devices {}), as a citizen's phone does.
    const token = await register(client).catch((error: unknown) => {
      fail(tally, `register: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (token === null) {
      tally.unstarted += plan.submissionsPerDevice;
      return;
    }
    for (let index = 0; index < plan.submissionsPerDevice; index++) {
      if (performance.now() > deadline) {
        tally.unstarted += plan.submissionsPerDevice - index;
        return;
      }
      try {
        const submission = await loadSubmission(plan.attachmentBytes, office);
        await sendOne(client, token, submission, plan, tally);
      } catch (error) {
        fail(tally, `network: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.devices }, device));
  return tally;
}

async function sendOne(
  client: LoadClient,
  token: string,
  submission: LoadSubmission,
  plan: LoadPlan,
  tally: LoadTally,
): Promise<void> {
  const roll = Math.random();
  const retry = roll < plan.retryShare;
  // Half of the retries race the first request, half follow its answer.
  const inFlight = retry && roll < plan.retryShare / 2;
  const post = () => client.send(postCall(token, submission));
  let first: HttpReply;
  if (inFlight) {
    tally.retriesInFlight++;
    const [a, b] = await Promise.all([post(), post()]);
    const [created, other] = a.status === 201 ? [a, b] : [b, a];
    if (created.status !== 201) return fail(tally, describe('POST (raced)', created));
    if (other.status === 409 && errorCode(other) === 'request_in_progress') tally.inProgress++;
    else if (!isReplayOf(other, created)) return fail(tally, describe('raced retry', other));
    else countReplay(tally, other);
    first = created;
  } else {
    first = await post();
    if (first.status !== 201) return fail(tally, describe('POST', first));
    if (retry) {
      tally.retriesAfterAnswer++;
      const again = await post();
      if (!isReplayOf(again, first)) return fail(tally, describe('retry', again));
      countReplay(tally, again);
    }
  }
  tally.postMs.push(first.ms);
  const upload = await client.send(uploadCall(token, submission));
  const offset = (upload.body as { offset?: unknown } | null)?.offset;
  if (upload.status !== 200 || offset !== submission.bytes.length) {
    return fail(tally, describe('PUT attachment', upload));
  }
  tally.uploadMs.push(upload.ms);
  tally.completed++;
}

/** A fresh citizen credential's token. */
async function register(client: LoadClient): Promise<string> {
  const reply = await client.send({
    method: 'POST',
    path: '/api/v1/devices',
    headers: { 'Content-Type': 'application/json' },
    body: Buffer.from('{}'),
  });
  const token = (reply.body as { token?: unknown } | null)?.token;
  if (reply.status !== 201 || typeof token !== 'string')
    throw new Error(describe('register', reply));
  return token;
}

function postCall(token: string, submission: LoadSubmission) {
  return {
    method: 'POST' as const,
    path: '/api/v1/submissions',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': submission.key,
      Authorization: `Bearer ${token}`,
    },
    body: submission.body,
  };
}

function uploadCall(token: string, submission: LoadSubmission) {
  const size = submission.bytes.length;
  return {
    method: 'PUT' as const,
    path: `/api/v1/submissions/${submission.key}/attachments/${submission.attachmentId}`,
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Range': `bytes 0-${size - 1}/${size}`,
      Authorization: `Bearer ${token}`,
    },
    body: submission.bytes,
  };
}

function isReplayOf(reply: HttpReply, created: HttpReply): boolean {
  return (
    reply.status === 200 &&
    reply.headers['idempotent-replayed'] === 'true' &&
    receiptId(reply) !== undefined &&
    receiptId(reply) === receiptId(created)
  );
}

function countReplay(tally: LoadTally, reply: HttpReply): void {
  tally.replayed++;
  tally.replayMs.push(reply.ms);
}

function receiptId(reply: HttpReply): unknown {
  return (reply.body as { id?: unknown } | null)?.id;
}

function errorCode(reply: HttpReply): unknown {
  return (reply.body as { error?: { code?: unknown } } | null)?.error?.code;
}

function describe(what: string, reply: HttpReply): string {
  const code = errorCode(reply);
  return `${what}: ${reply.status}${typeof code === 'string' ? ` ${code}` : ''}`;
}

function fail(tally: LoadTally, message: string): void {
  tally.errors++;
  if (tally.errorSamples.length < MAX_SAMPLES) tally.errorSamples.push(message);
}
