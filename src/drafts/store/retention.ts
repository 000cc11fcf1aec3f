import type { LotseDb, OutboxRow } from '../../db/database.ts';
import { purgeDrafts } from './purge.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long drafts stay on the device, in days. */
export interface RetentionOptions {
  /** A sent application is deleted this long after the office's receipt (default 7). */
  sentDays?: number;
  /** An unsent draft unchanged this long is flagged as stale (default 30). */
  staleDays?: number;
  /** A flagged draft still unchanged this long after the flag is deleted (default 7). */
  staleGraceDays?: number;
}

/** What a retention run did (ids only: nothing personal). */
export interface RetentionReport {
  /** Sent applications deleted with their documents and outbox items. */
  deletedSent: string[];
  /** Unsent drafts flagged now (the drafts list warns about them). */
  flagged: string[];
  /** Flagged drafts deleted after the grace period. */
  deletedStale: string[];
  /** Flags removed because the draft changed again. */
  unflagged: string[];
}

/**
 * Applies the retention rules on clear fields only (no key needed, so every profile's drafts
 * are covered even while locked):
 * - an outbox item `sent` whose receipt is older than `sentDays`: the draft, its documents and
 *   the item are deleted (also an item whose draft is already gone);
 * - a draft never handed to the outbox, or whose item `failed`, unchanged for `staleDays`: gets
 *   `staleSince`; still unchanged `staleGraceDays` after that: deleted like above. Queued and
 *   sending items are on their way to the office and are never touched.
 */
export async function applyRetention(
  db: LotseDb,
  now: number = Date.now(),
  { sentDays = 7, staleDays = 30, staleGraceDays = 7 }: RetentionOptions = {},
): Promise<RetentionReport> {
  const report: RetentionReport = { deletedSent: [], flagged: [], deletedStale: [], unflagged: [] };
  // One transaction: a draft changed or sent meanwhile is judged on its latest state.
  await db.transaction('rw', [db.drafts, db.attachments, db.outbox, db.outboxFiles], async () => {
    const [drafts, outbox] = await Promise.all([db.drafts.toArray(), db.outbox.toArray()]);
    const items = new Map(outbox.map((row) => [row.id, row]));
    for (const item of outbox) {
      const receivedAt = item.receipt ? Date.parse(item.receipt.receivedAt) : NaN;
      if (item.state === 'sent' && receivedAt + sentDays * DAY_MS <= now) {
        report.deletedSent.push(item.id);
      }
    }
    for (const draft of drafts) {
      if (!mayGoStale(items.get(draft.id))) continue;
      const stale = draft.updatedAt + staleDays * DAY_MS <= now;
      if (stale && draft.staleSince === undefined) {
        await flag(db, draft.id, now);
        report.flagged.push(draft.id);
      } else if (stale && draft.staleSince! + staleGraceDays * DAY_MS <= now) {
        report.deletedStale.push(draft.id);
      } else if (!stale && draft.staleSince !== undefined) {
        await flag(db, draft.id, undefined);
        report.unflagged.push(draft.id);
      }
    }
    await purgeDrafts(db, [...report.deletedSent, ...report.deletedStale]);
  });
  return report;
}

/** Sets or clears the clear `staleSince` flag; sealed content and its version stay as they are. */
async function flag(db: LotseDb, id: string, staleSince: number | undefined): Promise<void> {
  // Dexie removes a property updated to undefined.
  await db.drafts.update(id, { staleSince });
}

/** Whether a draft with this outbox item (or none) is "unsent" for retention. */
function mayGoStale(item: OutboxRow | undefined): boolean {
  return item === undefined || item.state === 'failed';
}
