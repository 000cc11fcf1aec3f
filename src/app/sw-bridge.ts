import { Workbox } from 'workbox-window';

/** Accepts a waiting service worker: it takes over, then the page reloads once. */
export type ApplyUpdate = () => void;

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker. When a new version is waiting, `onUpdateReady` is called and
 * nothing else happens: the page never reloads on its own, because a form may be open. Only the
 * returned `ApplyUpdate`, called when the user chose to update, activates it and reloads.
 */
export function registerServiceWorker(onUpdateReady: (apply: ApplyUpdate) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    onUpdateReady(() => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
  // Long-lived tablets: look for a new version when the app comes back and once an hour.
  const check = (): void => void workbox.update().catch(() => undefined);
  setInterval(check, HOUR);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
