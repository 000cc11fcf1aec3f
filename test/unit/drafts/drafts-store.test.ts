import 'fake-indexeddb/auto';
import { draftsStoreSuite } from '../../support/drafts-store-suite.ts';

// Blobs need a real structured clone: the attachment case runs in Chromium (test/browser).
draftsStoreSuite({ blobs: false });
