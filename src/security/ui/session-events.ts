/** Events the security elements send up to the app shell, which owns the session state. */

/** What changed: the app reads the session again (and shows the lock screen or the app). */
export type SessionChange = 'unlocked' | 'created' | 'removed' | 'enrolled' | 'wiped';

/** Tells the app shell that the session changed (bubbles out of shadow roots). */
export function announceSessionChange(from: HTMLElement, change: SessionChange): void {
  from.dispatchEvent(
    new CustomEvent('lotse-session-change', { detail: { change }, bubbles: true, composed: true }),
  );
}

/** Asks the app shell to lock now (the header's "Sperren"). */
export function requestLock(from: HTMLElement): void {
  from.dispatchEvent(new CustomEvent('lotse-lock-request', { bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A security element changed the session (unlocked, created or removed a profile, …). */
    'lotse-session-change': CustomEvent<{ change: SessionChange }>;
    /** Someone asked to lock the app now. */
    'lotse-lock-request': CustomEvent<undefined>;
  }
}
