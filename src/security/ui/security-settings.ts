/**
 * How strictly this device protects personal data: auto-lock times, wrong PINs before a wipe,
 * and how long drafts stay. Defaults follow the issue; tests (and an administrator, if ever
 * needed) override them through localStorage `lotse.securitySettings`, bounded to sane values.
 */

/** The device's security settings. */
export interface SecuritySettings {
  /** Lock after this long without input (ms); default 5 minutes, at least 1 s. */
  idleMs: number;
  /** Lock when the app was hidden longer than this (ms); default 30 s. */
  hiddenGraceMs: number;
  /** Wrong PINs before a new profile's data is wiped; default 10, 3 to 100. */
  maxAttempts: number;
  /** A sent application leaves the device this many days after the receipt; default 7. */
  sentDays: number;
  /** An unsent draft unchanged this many days is flagged; default 30. */
  staleDays: number;
  /** A flagged draft is deleted this many days after the warning; default 7. */
  staleGraceDays: number;
}

/** localStorage key of the overrides (a JSON object with any of the settings). */
export const SECURITY_SETTINGS_KEY = 'lotse.securitySettings';

/** The defaults of the issue "Shared tablets and personal data". */
export const DEFAULT_SECURITY_SETTINGS: Readonly<SecuritySettings> = Object.freeze({
  idleMs: 5 * 60_000,
  hiddenGraceMs: 30_000,
  maxAttempts: 10,
  sentDays: 7,
  staleDays: 30,
  staleGraceDays: 7,
});

const DAY = 24 * 60 * 60_000;
const YEARS_10 = 3_650;

/** Smallest and largest accepted value, and whether it is a whole number. */
const BOUNDS: Record<keyof SecuritySettings, [min: number, max: number, whole: boolean]> = {
  idleMs: [1_000, DAY, true],
  hiddenGraceMs: [0, DAY, true],
  maxAttempts: [3, 100, true],
  sentDays: [0, YEARS_10, false],
  staleDays: [0, YEARS_10, false],
  staleGraceDays: [0, YEARS_10, false],
};

/**
 * The settings from the stored JSON text: defaults for anything missing, unreadable or not a
 * finite number; values outside the bounds are moved to the nearest bound (an idle time of
 * 10 ms would lock the app while someone types).
 */
export function parseSecuritySettings(text: string | null): SecuritySettings {
  const settings: SecuritySettings = { ...DEFAULT_SECURITY_SETTINGS };
  let stored: unknown;
  try {
    stored = text === null ? null : JSON.parse(text);
  } catch {
    return settings;
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return settings;
  for (const key of Object.keys(BOUNDS) as (keyof SecuritySettings)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const [min, max, whole] = BOUNDS[key];
    const bounded = Math.min(max, Math.max(min, value));
    settings[key] = whole ? Math.round(bounded) : bounded;
  }
  return settings;
}

/** The settings of this device (defaults when storage is blocked). */
export function securitySettings(): SecuritySettings {
  let text: string | null = null;
  try {
    text = localStorage.getItem(SECURITY_SETTINGS_KEY);
  } catch {
    // Storage blocked (private mode): the defaults protect the device.
  }
  return parseSecuritySettings(text);
}

/** The retention rules in the form the worker's applyRetention takes. */
export function retentionOptions(settings: SecuritySettings) {
  const { sentDays, staleDays, staleGraceDays } = settings;
  return { sentDays, staleDays, staleGraceDays };
}
