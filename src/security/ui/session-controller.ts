import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { workerApi } from '../../catalogue/worker-client.ts';
import { startAutoLock, type AutoLock } from '../auto-lock.ts';
import type { ProfileKind } from '../store/profile-rows.ts';
import { retentionOptions, securitySettings } from './security-settings.ts';

/** What the app shell shows: nothing yet, the app, the lock screen, or the app for a profile. */
export type SessionView =
  | { phase: 'checking' }
  | { phase: 'open'; deviceKind: ProfileKind | null }
  | { phase: 'locked' }
  | { phase: 'unlocked'; profile: { id: string; name: string; kind: ProfileKind } };

/**
 * The session as the page sees it (the key stays in the worker). Reads it at start after
 * applying the retention rules, again whenever a security element announces a change or a
 * worker call fails with LockedError; locks on request and through auto-lock (idle time and
 * hidden grace from `securitySettings()`) while a profile is unlocked.
 */
export class SessionController implements ReactiveController {
  /** The current view; the host re-renders on every change. */
  view: SessionView = { phase: 'checking' };
  #autoLock: AutoLock | undefined;
  #started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called after every change with the view before it. */
    private readonly onChange: (previous: SessionView) => void,
  ) {
    host.addController(this);
  }

  /** Starts listening; reads the session the first time. */
  hostConnected(): void {
    this.host.addEventListener('lotse-session-change', this.#onChange);
    this.host.addEventListener('lotse-lock-request', this.#onLockRequest);
    window.addEventListener('unhandledrejection', this.#onRejection);
    if (this.#started) return;
    this.#started = true;
    void this.#start();
  }

  /** Stops listening and the auto-lock. */
  hostDisconnected(): void {
    this.host.removeEventListener('lotse-session-change', this.#onChange);
    this.host.removeEventListener('lotse-lock-request', this.#onLockRequest);
    window.removeEventListener('unhandledrejection', this.#onRejection);
    this.#stopAutoLock();
  }

  async #start(): Promise<void> {
    // Before anything lists drafts: what is due goes first. Needs no key (clear fields only);
    // the worker repeats it daily while it lives.
    await workerApi()
      .applyRetention(retentionOptions(securitySettings()))
      .catch((error: unknown) => console.error('retention failed', error));
    await this.refresh();
  }

  /** Reads the session from the worker again. */
  async refresh(): Promise<void> {
    const state = await workerApi().sessionState();
    if (state.state === 'unlocked') this.#set({ phase: 'unlocked', profile: state.profile });
    else if (state.state === 'locked') this.#set({ phase: 'locked' });
    else this.#set({ phase: 'open', deviceKind: await workerApi().deviceKind() });
  }

  /** Forgets the key in the worker and shows the lock screen. */
  async lock(): Promise<void> {
    this.#stopAutoLock();
    await workerApi().lock();
    // A device whose last profile was removed meanwhile has nothing to lock.
    await this.refresh();
  }

  #set(view: SessionView): void {
    const previous = this.view;
    this.view = view;
    if (view.phase === 'unlocked') this.#startAutoLock();
    else this.#stopAutoLock();
    this.host.requestUpdate();
    this.onChange(previous);
  }

  #startAutoLock(): void {
    if (this.#autoLock) return;
    const { idleMs, hiddenGraceMs } = securitySettings();
    this.#autoLock = startAutoLock({ idleMs, hiddenGraceMs, onLock: () => void this.lock() });
  }

  #stopAutoLock(): void {
    this.#autoLock?.stop();
    this.#autoLock = undefined;
  }

  readonly #onChange = (): void => void this.refresh();
  readonly #onLockRequest = (): void => void this.lock();

  /** A worker call refused with LockedError (another tab removed the profile): show the lock. */
  readonly #onRejection = (event: PromiseRejectionEvent): void => {
    const reason = event.reason as { name?: unknown } | null;
    if (reason?.name === 'LockedError' && this.view.phase !== 'locked') void this.refresh();
  };
}
