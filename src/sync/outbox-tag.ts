/** Tag of the Background Sync registration the service worker answers with a drain. */
export const OUTBOX_SYNC_TAG = 'lotse-outbox';
