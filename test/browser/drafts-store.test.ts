import { draftsStoreSuite } from '../support/drafts-store-suite.ts';

// The same suite as in Node, on Chromium's real IndexedDB, with attachments.
draftsStoreSuite({ blobs: true });
