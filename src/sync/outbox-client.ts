import type { OutboxRow } from '../db/database.ts';
import type { SubmissionProblem } from '../worker/api.ts';
import { workerApi } from '../catalogue/worker-client.ts';
import { isOutboxChange, OUTBOX_CHANNEL } from './outbox-channel.ts';
import { startOutboxTriggers } from './outbox-triggers.ts';

/**
 * Fired on window after every drain, when any drainer (this page's worker, another tab, the
 * service worker) changes an item's state, and when the office's status of a sent item changed:
 * screens showing a submission's state re-read it.
 */
export const OUTBOX_CHANGED = 'lotse-outbox-change';

/** Fired on window each time the server confirmed another chunk of a sending item's documents. */
export const OUTBOX_PROGRESS = 'lotse-outbox-progress';

/**
 * How soon a page tries again after another drainer held the outbox. That drainer may plan no
 * retry at all (the service worker's Background Sync never does), and an item this page just
 * queued must not wait for the one-minute timer.
 */
const BUSY_RETRY_MS = 2_000;

let stop: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerDueAt = Infinity;

/** Drains at `dueAt` (epoch ms, at least a second from now); `keepSooner` keeps an earlier plan. */
function planDrain(dueAt: number, keepSooner: boolean): void {
  if (keepSooner && timerDueAt <= dueAt) return;
  clearTimeout(timer);
  timerDueAt = Math.max(Date.now() + 1_000, dueAt);
  timer = setTimeout(() => {
    timerDueAt = Infinity;
    void drainNow();
  }, timerDueAt - Date.now());
}

/** Asks the worker to send what is due, then plans the next attempt the outbox asked for. */
export async function drainNow(): Promise<void> {
  const run = await workerApi().drainOutbox();
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
  if (!run.ran) {
    planDrain(Date.now() + BUSY_RETRY_MS, true);
    return;
  }
  const next = run.value.nextAttemptAt;
  if (next !== null) planDrain(next, false);
  else {
    clearTimeout(timer);
    timerDueAt = Infinity;
  }
}

/** Asks the office's status of sent applications that are due; tells the screens if it moved. */
export async function checkStatusNow(): Promise<void> {
  const run = await workerApi().refreshSubmissionStatus();
  if (run.ran && run.value.changed > 0) window.dispatchEvent(new Event(OUTBOX_CHANGED));
}

/** Turns the drainers' channel messages into window events; returns a function that stops. */
function listenToDrainers(): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isOutboxChange(event.data)) return;
    window.dispatchEvent(
      new Event(event.data.kind === 'progress' ? OUTBOX_PROGRESS : OUTBOX_CHANGED),
    );
  };
  return () => channel.close();
}

/**
 * Starts sending in the background (at start, when online, when visible, on a timer), asks the
 * office's status of sent applications (at start, when online, when visible; each at most every
 * few minutes), and relays every drainer's changes to the screens.
 */
export function startOutbox(): void {
  if (stop) return;
  const targets = { window, document };
  const stops = [
    listenToDrainers(),
    startOutboxTriggers(drainNow, targets),
    startOutboxTriggers(checkStatusNow, targets, null),
  ];
  stop = () => stops.forEach((stopOne) => stopOne());
}

/**
 * Puts a checked draft into the outbox and tries to send it right away; answers why it could not
 * be queued (e.g. no office key on the device yet), or null.
 */
export async function submitDraft(draftId: string): Promise<SubmissionProblem | null> {
  const queued = await workerApi().enqueueSubmission(draftId);
  if (!queued.ok) return queued.reason;
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
  // Where the browser has Background Sync, the service worker sends even after the tab closed.
  const registration = await navigator.serviceWorker?.getRegistration();
  if (registration) {
    const { requestBackgroundSync } = await import('./outbox-triggers.ts');
    void requestBackgroundSync(registration);
  }
  await drainNow();
  return null;
}

/** The outbox item of a draft, if it was submitted. */
export async function outboxItem(draftId: string): Promise<OutboxRow | undefined> {
  return (await workerApi().listOutbox()).find((row) => row.id === draftId);
}

/** How many submissions wait to be sent (queued or sending). */
export async function waitingCount(): Promise<number> {
  return (await workerApi().listOutbox()).filter(
    (row) => row.state === 'queued' || row.state === 'sending',
  ).length;
}
