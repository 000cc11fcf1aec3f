import type { LotseDb, OutboxRow } from '../../db/database.ts';
import type { SubmissionReceipt } from '../../shared/submission.ts';
import { storedCredential } from './device-token.ts';
import { SendFailure } from './http-failure.ts';
import { fetchReceipt, type SubmissionTransport } from './submission-client.ts';

/** Least time between two status questions for the same submission (5 minutes). */
export const STATUS_CHECK_INTERVAL_MS = 5 * 60_000;

/** Options of refreshSubmissionStatus; everything but baseUrl has a default for real use. */
export interface StatusRefreshOptions {
  /** Origin of the API, no trailing slash. */
  baseUrl: string;
  /** The fetch to use. */
  fetch?: typeof fetch;
  /** The clock (epoch ms). */
  now?: () => number;
  /** Stops after the current request. */
  signal?: AbortSignal;
  /** Per-request timeout (ms), 15 s by default. */
  timeoutMs?: number;
  /** Least time between two questions per submission (ms). */
  intervalMs?: number;
}

/** What one refresh did. */
export interface StatusRefreshSummary {
  /** Submissions whose status was asked for and answered. */
  checked: number;
  /** Of those, how many have a new status or note. */
  changed: number;
}

/**
 * Asks the server for the office's status of every sent submission that is due (not decided, not
 * asked within the interval) with this device's token, and stores the fresh receipt on the
 * outbox row. Without any answer (offline, timeout) it stops and the submissions stay due, so the
 * next trigger asks again; an answer that is no receipt counts as asked, so a broken server is
 * not asked more often than the interval.
 */
export async function refreshSubmissionStatus(
  db: LotseDb,
  options: StatusRefreshOptions,
): Promise<StatusRefreshSummary> {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? STATUS_CHECK_INTERVAL_MS;
  const sent = await db.outbox.where('state').equals('sent').sortBy('createdAt');
  const due = sent.filter(
    (row) =>
      row.receipt !== undefined &&
      row.receipt.status !== 'decided' &&
      (row.statusCheckedAt ?? -Infinity) + interval <= now(),
  );
  const summary: StatusRefreshSummary = { checked: 0, changed: 0 };
  // Sent items were sent with a credential; without one (never registered) there is none to ask.
  const credential = due.length === 0 ? null : await storedCredential(db);
  if (credential === null) return summary;
  const transport: SubmissionTransport = {
    fetch: options.fetch ?? fetch.bind(globalThis),
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: credential.token,
    timeoutMs: options.timeoutMs ?? 15_000,
    now,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  for (const row of due) {
    if (options.signal?.aborted) break;
    let receipt: SubmissionReceipt;
    try {
      receipt = await fetchReceipt(transport, row.id);
    } catch (error) {
      if (!answered(error)) break;
      await db.outbox.update(row.id, { statusCheckedAt: now() });
      continue;
    }
    const changed = receipt.id === row.receipt!.id && statusChanged(row, receipt);
    // A receipt of another submission under this key is not ours to store.
    await db.outbox.update(row.id, {
      statusCheckedAt: now(),
      ...(changed ? { receipt, updatedAt: now() } : {}),
    });
    summary.checked++;
    if (changed) summary.changed++;
  }
  return summary;
}

/** True when the server answered at all (a status code), so the question was asked. */
function answered(error: unknown): boolean {
  return error instanceof SendFailure && error.failure.status !== undefined;
}

function statusChanged(row: OutboxRow, fresh: SubmissionReceipt): boolean {
  const stored = row.receipt!;
  return (
    stored.status !== fresh.status ||
    (stored.statusNote ?? null) !== (fresh.statusNote ?? null) ||
    (stored.statusChangedAt ?? null) !== (fresh.statusChangedAt ?? null)
  );
}
