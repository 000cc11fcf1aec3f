import type { OutboxState } from '../db/database.ts';

/** Name of the BroadcastChannel on which the drainer tells every page of the origin what moved. */
export const OUTBOX_CHANNEL = 'lotse-outbox';

/** One outbox item changed: its state, or (`progress`) the bytes the server confirmed. */
export interface OutboxChange {
  /** The item's id (the draft id). */
  id: string;
  /** Its state after the change. */
  state: OutboxState;
  /** 'state' when the state changed, 'progress' when another chunk was confirmed. */
  kind: 'state' | 'progress';
}

/** True for a message of the outbox channel (anything else on it is ignored). */
export function isOutboxChange(value: unknown): value is OutboxChange {
  if (typeof value !== 'object' || value === null) return false;
  const { id, state, kind } = value as Record<string, unknown>;
  return (
    typeof id === 'string' && typeof state === 'string' && (kind === 'state' || kind === 'progress')
  );
}

/** Tells listeners about outbox changes until closed. */
export interface OutboxAnnouncer {
  /** Posts one change. */
  announce: (change: OutboxChange) => void;
  /** Closes the channel. */
  close: () => void;
}

/**
 * Opens the outbox channel for announcing. Works the same in the page, the worker and the service
 * worker; where BroadcastChannel is missing, announcing does nothing (pages still re-read the
 * outbox after their own drains).
 */
export function openOutboxAnnouncer(): OutboxAnnouncer {
  if (typeof BroadcastChannel !== 'function') {
    return { announce: () => undefined, close: () => undefined };
  }
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  return {
    announce: (change) => channel.postMessage(change),
    close: () => channel.close(),
  };
}
