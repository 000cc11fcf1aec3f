import { installTrustedTypes } from './app/trusted-types.ts';
import { initI18n } from './i18n/i18n.ts';

const loaded = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
});

// Before anything creates a worker: the CSP enforces Trusted Types.
installTrustedTypes();

// Strings first, so the first screen renders translated; then the app shell.
await initI18n();
await import('./app/lotse-app.ts');

// The service worker is not needed for the first screen: register it once the page has loaded.
await loaded;
const { registerServiceWorker } = await import('./app/sw-bridge.ts');
registerServiceWorker((apply) => document.querySelector('lotse-app')?.offerUpdate(apply));
// Queued applications go out whenever there is a connection, without anyone pressing a button.
const { startOutbox } = await import('./sync/outbox-client.ts');
startOutbox();
