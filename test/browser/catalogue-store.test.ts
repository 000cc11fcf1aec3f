import { catalogueStoreSuite } from '../support/catalogue-store-suite.ts';

// The same suite as in Node, on Chromium's real IndexedDB.
catalogueStoreSuite();
