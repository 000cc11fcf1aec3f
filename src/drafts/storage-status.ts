/** How much of the device's storage this origin uses, as navigator.storage.estimate() reports. */
export interface StorageUsage {
  /** Bytes used by Lotse (IndexedDB, caches). */
  usage: number;
  /** Bytes the browser lets Lotse use. */
  quota: number;
  /** Whether the browser promised not to evict Lotse's data under storage pressure. */
  persisted: boolean;
}

/**
 * Asks the browser to keep Lotse's data even when the device runs low on space, once drafts
 * exist (an evicted draft is lost work). Resolves to whether storage is persistent; false where
 * the API is missing or the browser declines. Safe to call often: asks only while not granted.
 */
export async function ensurePersistentStorage(): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist || !storage.persisted) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false; // Some browsers reject in private mode: the data is then session-only anyway.
  }
}

/** Storage use and quota, or undefined where the browser does not tell. */
export async function readStorageUsage(): Promise<StorageUsage | undefined> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return undefined;
  try {
    const [{ usage, quota }, persisted] = await Promise.all([
      storage.estimate(),
      storage.persisted ? storage.persisted() : Promise.resolve(false),
    ]);
    if (usage === undefined || !quota) return undefined;
    return { usage, quota, persisted };
  } catch {
    return undefined;
  }
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in the largest fitting unit, in the given language ("2,3 MB", "1.2 GB"). */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}
